# asyncio as a course uses it: tasks, gather, sleep, queues, locks, timeouts, cancellation.
import asyncio


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0.001)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        queue.task_done()
    queue.task_done()
    return total


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def main():
    log = []
    # 40 ms apart: the three sleeps start one after the other, and a loaded machine can
    # leave some milliseconds between them.
    results = await asyncio.gather(worker("c", 0.12, log), worker("a", 0.04, log),
                                   worker("b", 0.08, log))
    print("gather:", results, "finished in order", log)

    task = asyncio.create_task(worker("t", 0, log))
    print("task done before await?", task.done())
    print("task result:", await task)

    queue = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(queue, 10), consumer(queue))
    print("queue total:", total)

    lock = asyncio.Lock()
    shared = []

    async def critical(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    await asyncio.gather(*(critical(i) for i in range(1, 4)))
    print("lock kept pairs together:", shared)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired")
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError:
        print("wait_for() timed out")

    task = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())

    event = asyncio.Event()

    async def setter():
        await asyncio.sleep(0.005)
        event.set()
    asyncio.create_task(setter())
    await event.wait()
    print("event set:", event.is_set())

    semaphore = asyncio.Semaphore(2)
    active = []
    peak = 0

    async def limited(i):
        nonlocal peak
        async with semaphore:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0.002)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("semaphore peak:", peak)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(worker(str(i), 0.001 * i, [])) for i in range(3)]
    print("task group:", [t.result() for t in tasks])

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, "x"))])
    print("wait:", len(done), len(pending), done.pop().result())
    return "main done"


print(asyncio.run(main()))


async def failing():
    await asyncio.sleep(0)
    raise KeyError("missing")

try:
    asyncio.run(failing())
except KeyError as e:
    print("asyncio.run raised", repr(e))
