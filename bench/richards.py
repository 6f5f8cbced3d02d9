# A task scheduler in the style of Richards: linked task objects, a packet queue,
# state flags and dispatch through methods.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.count = 0
        self.link = None

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = self.queue is not None
        return packet

    def receive(self, packet):
        if self.queue is None:
            self.queue = packet
            packet.link = None
        else:
            self.queue = packet.append_to(self.queue)
        self.waiting = True

    def run(self, packet):
        self.count += 1
        s = self.scheduler
        if self.ident == IDLE:
            if self.count % 2 == 0:
                return s.release(DEVICE_A)
            return s.release(DEVICE_B)
        if packet is None:
            return s.hold_self()
        if self.ident == WORKER:
            packet.ident = HANDLER_A if self.count % 2 else HANDLER_B
            for i in range(4):
                packet.data[i] = (packet.data[i] + self.count + i) % 26
            return s.send(packet)
        if self.ident in (HANDLER_A, HANDLER_B):
            packet.count += 1
            packet.ident = DEVICE_A if self.ident == HANDLER_A else DEVICE_B
            return s.send(packet)
        packet.ident = WORKER
        return s.send(packet)


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.switches = 0

    def add(self, ident, priority, queue):
        self.tasks[ident] = Task(self, ident, priority, queue)

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t

    def hold_self(self):
        self.current.held = True
        return None

    def send(self, packet):
        target = self.tasks[packet.ident]
        target.receive(packet)
        target.held = False
        return target

    def schedule(self, rounds):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        for _ in range(rounds):
            for t in order:
                if t.runnable():
                    self.current = t
                    self.switches += 1
                    nxt = t.run(t.take())
                    if nxt is not None and nxt.priority > t.priority:
                        nxt.held = False
        return sum(t.count for t in self.tasks) + self.switches


def main():
    s = Scheduler()
    s.add(IDLE, 0, None)
    queue = None
    for i in range(6):
        queue = Packet(None, WORKER, 1).append_to(queue)
    s.add(WORKER, 1000, queue)
    s.add(HANDLER_A, 2000, Packet(None, DEVICE_A, 0))
    s.add(HANDLER_B, 3000, Packet(None, DEVICE_B, 0))
    s.add(DEVICE_A, 4000, None)
    s.add(DEVICE_B, 5000, None)
    return s.schedule(6000)
