# logging to stdout: levels, named loggers, handlers and formatters, exceptions.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debugging %s", "details")
log.info("started with %d items", 3)
log.warning("disk at %d%%", 91)
logging.error("root error")

db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
db.info("hidden")
db.error("connection lost")
print(db.parent.name, db.getEffectiveLevel(), logging.getLevelName(db.level))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(handler)
audit.warning("user %s logged in", "ada")
audit.critical("too many attempts")

try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")

adapter = logging.LoggerAdapter(log, {"request": 42})
adapter.warning("through an adapter")


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


log.addFilter(OnlyOdd())
for i in range(4):
    log.info("number %d", i)
print("disabled?", logging.getLogger("app").isEnabledFor(logging.DEBUG))
logging.disable(logging.CRITICAL)
log.critical("silenced")
logging.disable(logging.NOTSET)
print("done")
