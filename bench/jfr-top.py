"""Where a JFR recording's CPU samples went: the top frames, and the share of each layer a request
passes through (a sample counts for a layer when the layer's frame is anywhere on its stack).
    jfr print --json --events jdk.ExecutionSample rec.jfr | python3 bench/jfr-top.py [top=15]
"""
import collections
import json
import sys

# entry frames of the layers a request passes through, outermost first
LAYERS = [
    ("Grizzly (network, HTTP parsing, worker hand-off)", "org.glassfish.grizzly."),
    ("the web container (Catalina valves, filters)", "org.apache.catalina.core.StandardPipeline.invoke"),
    ("Jakarta Security (JASPIC, Soteria, our mechanism)", "com.sun.web.security.RealmAdapter.invokeAuthenticateDelegate"),
    ("our SecurityHeaders filter", "org.alshub.platform.web.SecurityHeaders.doFilter"),
    ("our public-feed filter", "org.alshub.calendar.boundary.PublicFeedFilter.doFilter"),
    ("the pages' Jersey filter", "org.glassfish.jersey.servlet.ServletContainer.doFilter"),
    ("JAX-RS (Jersey servlet)", "org.glassfish.jersey.servlet.ServletContainer.service"),
    ("JPA (EclipseLink)", "org.eclipse.persistence."),
    ("Derby", "org.apache.derby."),
    ("JSON-B (Yasson)", "org.eclipse.yasson."),
    ("iCal4j", "net.fortuna.ical4j."),
    ("our code (org.alshub)", "org.alshub."),
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"] + "." + method["name"]


def main():
    top_n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    events = json.load(sys.stdin)["recording"]["events"]
    own, first_ours, layers = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for event in events:
        stack = (event["values"].get("stackTrace") or {}).get("frames") or []
        if not stack:
            continue
        total += 1
        names = [frame_name(f) for f in stack]
        own[names[0]] += 1
        ours = next((n for n in names if n.startswith("org.alshub.")), None)
        if ours:
            first_ours[ours] += 1
        for title, prefix in LAYERS:
            if prefix and any(n.startswith(prefix) for n in names):
                layers[title] += 1
    if not total:
        print("no samples")
        return
    print(f"{total} CPU samples")
    print("-- top frames (where the CPU was)")
    for name, count in own.most_common(top_n):
        print(f"{100 * count / total:5.1f}%  {name}")
    print("-- innermost frame of ours on the stack")
    for name, count in first_ours.most_common(top_n):
        print(f"{100 * count / total:5.1f}%  {name}")
    print("-- layers (share of samples with the layer on the stack; they nest)")
    for title, prefix in LAYERS:
        if prefix:
            print(f"{100 * layers[title] / total:5.1f}%  {title}")


main()
