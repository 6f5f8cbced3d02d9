# A bank: accounts with a history, transfers that raise and catch InsufficientFunds.
# (tools/course: a course-style program Pave was not tuned on; tools/course/run.sh.)
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner):
        acct = Account(owner)
        self.accounts[owner] = acct
        return acct

    def transfer(self, a, b, amount):
        try:
            self.accounts[a].withdraw(amount)
        except InsufficientFunds:
            return False
        self.accounts[b].deposit(amount)
        return True

bank = Bank()
names = [f"user{i}" for i in range(50)]
for n in names:
    bank.open(n).deposit(100.0)
ok = fail = 0
for step in range(200000):
    a = names[step % 50]
    b = names[(step * 7 + 3) % 50]
    if bank.transfer(a, b, (step % 13) * 1.5 + 0.5):
        ok += 1
    else:
        fail += 1
total = sum(acc.balance for acc in bank.accounts.values())
print(ok, fail, round(total, 2))
print(max(len(a.history) for a in bank.accounts.values()))
