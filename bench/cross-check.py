#!/usr/bin/python3
"""Reads calendar files with an independent parser (Debian python3-icalendar and
python3-recurring-ical-events) and prints each event's instances: a manual cross-check of what
iCal4j reads back in the tests. Usage: bench/cross-check.py file.ics [from-date to-date]"""
import sys
import datetime
import icalendar
import recurring_ical_events

raw = open(sys.argv[1], 'rb').read()
for number, line in enumerate(raw.split(b'\r\n'), 1):
    if len(line) > 75:
        sys.exit(f'line {number} has {len(line)} octets')
calendar = icalendar.Calendar.from_ical(raw)
start = datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else datetime.date(2000, 1, 1)
end = datetime.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else datetime.date(2100, 1, 1)
for event in recurring_ical_events.of(calendar).between(start, end):
    print(event['DTSTART'].dt.astimezone(datetime.timezone.utc).isoformat(), event.get('SEQUENCE'),
          event.get('STATUS'), str(event['SUMMARY'])[:40])
