# uuid and zoneinfo: name-based UUIDs, parsing, and time zones with DST.
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/pave"))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u.hex, u.version, u.variant, u.int % 1000)
r = uuid.uuid4()
print(r.version, len(str(r)), r == uuid.UUID(str(r)))
print(uuid.UUID(bytes=bytes(range(16))))

paris = ZoneInfo("Europe/Paris")
new_york = ZoneInfo("America/New_York")
for month in (1, 7):
    moment = datetime(2024, month, 15, 12, 0, tzinfo=paris)
    print(moment, moment.tzname(), moment.utcoffset(), moment.dst())
    print("  in New York:", moment.astimezone(new_york), moment.astimezone(new_york).tzname())
# The night the clocks go forward in Paris.
before = datetime(2024, 3, 31, 1, 30, tzinfo=paris)
after = (before.astimezone(timezone.utc) + timedelta(hours=1)).astimezone(paris)
print(before, "+1h =", after)
tokyo = datetime(2024, 5, 1, 9, tzinfo=ZoneInfo("Asia/Tokyo"))
print(tokyo.astimezone(ZoneInfo("UTC")), ZoneInfo("Asia/Tokyo").key)
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError:", e)
