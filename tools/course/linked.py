# A linked list: nodes pushed, reversed in place and summed; iterated by a generator.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev, cur = cur, nxt
        self.head = prev
    def total(self):
        t, n = 0, self.head
        while n is not None:
            t += n.val
            n = n.next
        return t
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next

ll = LinkedList()
for i in range(20000):
    ll.push_front(i)
s = 0
for _ in range(30):
    ll.reverse()
    s += ll.total()
print(s, list(ll)[:5], ll.size)
