# Ends with an uncaught KeyError from a dict lookup.

inventory = {"apple": 3, "banana": 5, "cherry": 0, "date": 12}
orders = ["apple", "cherry", "banana", "date", "apple", "durian", "apple"]
for item in sorted(inventory):
    print(item, inventory[item])
print("get with default:", inventory.get("durian", 0))
try:
    inventory["elderberry"]
except KeyError as e:
    print("handled KeyError:", e, repr(e), e.args)


def fulfil(order):
    stock = inventory[order]
    print("order", order, "stock", stock)
    inventory[order] = stock - 1


for o in orders:
    fulfil(o)
print("not reached")
