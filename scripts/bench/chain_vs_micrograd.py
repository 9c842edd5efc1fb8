"""The 2,400-line chain h = relu(h*1.0001 + 0.0001): POST /api/autograd over HTTP against micrograd in-process.

micrograd is our re-implementation of its published algorithm (scripts/bench/micrograd.py), timed building the
chain and backpropagating through it inside this Python process. The server is timed from this process too, over one
kept-alive HTTP connection to loopback, for a whole request: sending 60 KB of JSON, the server reading it, parsing
the program, building the graph, forward, backward, and writing and receiving the answer (without the graph view,
"graph": false). Both are warmed up first, then measured in alternating rounds, so a busy machine slows both alike,
and the ratio of the medians is reported. Two references are timed in the same rounds, to say where the time goes:
the smallest program ("h = x", the cost of any request) and the same 60 KB with the chain written as a comment (the
cost of sending and reading the body, with nothing to build). Run by scripts/bench/chain-vs-micrograd.sh, or by hand against a running
server: python3 scripts/bench/chain_vs_micrograd.py http://127.0.0.1:8080/api/autograd

Python's http.client costs a few hundred microseconds a request on its own side, which the
smallest program shows. When wrk is installed, each round also times the same requests with
it (a C client, one kept-alive connection, for one second, its median): the server's
request path with less of the client in it. Both ratios are printed.
"""
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from micrograd import Value  # noqa: E402

LINES = 2400
ROUNDS = int(os.environ.get("ROUNDS", "15"))
REQUESTS_PER_ROUND = int(os.environ.get("REQUESTS_PER_ROUND", "20"))
WARM_UP_REQUESTS = int(os.environ.get("WARM_UP_REQUESTS", "2000"))
X = 0.5


def micrograd_chain():
    x = Value(X)
    h = x
    for _ in range(LINES):
        h = (h * 1.0001 + 0.0001).relu()
    h.backward()
    return h.data, x.grad


WRK_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0}


def wrk_median(url, script, seconds):
    """The median latency wrk measured over one connection for the given seconds."""
    out = subprocess.run(["wrk", "-t1", "-c1", f"-d{seconds}s", "--latency", "-s", script, url],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == "50%":
            value = parts[1]
            unit = next(u for u in ("us", "ms", "s") if value.endswith(u))
            return float(value[:-len(unit)]) * WRK_UNITS[unit]
    raise RuntimeError("wrk printed no median: " + out)


def wrk_script(folder, name, body):
    """A wrk script that POSTs body as JSON; the body is read from a file next to it."""
    body_path = os.path.join(folder, name + ".json")
    with open(body_path, "wb") as f:
        f.write(body)
    script = os.path.join(folder, name + ".lua")
    with open(script, "w") as f:
        f.write(f'local f = io.open("{body_path}", "rb"); local body = f:read("*a"); f:close()\n'
                'wrk.method = "POST"; wrk.body = body\n'
                'wrk.headers["Content-Type"] = "application/json"; wrk.headers["Accept"] = "application/json"\n')
    return script


def main():
    url = urllib.parse.urlparse(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/api/autograd")
    assert url.hostname in ("127.0.0.1", "localhost", "::1"), "this benchmark only talks to loopback"
    program = "h = x\n" + "h=relu(h*1.0001+0.0001)\n" * LINES
    body = json.dumps({"expression": program, "values": {"x": X}, "graph": False}).encode()
    tiny = json.dumps({"expression": "h = x", "values": {"x": X}, "graph": False}).encode()
    comment = json.dumps({"expression": "h = x\n#" + program.replace("\n", " "), "values": {"x": X},
                          "graph": False}).encode()
    connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}

    def post(request=body):
        connection.request("POST", url.path, request, headers)
        response = connection.getresponse()
        answer = response.read()
        assert response.status == 200, (response.status, answer[:300])
        return answer

    answer = json.loads(post())
    out, grad = micrograd_chain()
    assert abs(answer["output"]["value"] - out) <= 1e-9 * abs(out), (answer["output"], out)
    assert abs(answer["inputs"][0]["grad"] - grad) <= 1e-9 * abs(grad), (answer["inputs"], grad)
    nodes = answer["nodeCount"]

    for _ in range(WARM_UP_REQUESTS):
        post()
    for _ in range(WARM_UP_REQUESTS // 4):
        post(tiny)
        post(comment)
    for _ in range(3):
        micrograd_chain()

    use_wrk = shutil.which("wrk") is not None
    folder = tempfile.mkdtemp()
    full_url = urllib.parse.urlunparse(url)
    if use_wrk:
        chain_script, tiny_script = wrk_script(folder, "chain", body), wrk_script(folder, "tiny", tiny)
        wrk_median(full_url, chain_script, 2)
        wrk_median(full_url, tiny_script, 1)
    http_times, micrograd_times, tiny_times, comment_times = [], [], [], []
    wrk_chain_times, wrk_tiny_times = [], []
    for _ in range(ROUNDS):
        for _ in range(REQUESTS_PER_ROUND):
            start = time.perf_counter()
            post()
            http_times.append(time.perf_counter() - start)
        for request, times in ((tiny, tiny_times), (comment, comment_times)):
            for _ in range(REQUESTS_PER_ROUND // 2):
                start = time.perf_counter()
                post(request)
                times.append(time.perf_counter() - start)
        start = time.perf_counter()
        micrograd_chain()
        micrograd_times.append(time.perf_counter() - start)
        # after micrograd, so that micrograd follows the same few requests as it did without wrk, never the
        # server's work (its collector, its compiler) after two seconds of wrk
        if use_wrk:
            wrk_chain_times.append(wrk_median(full_url, chain_script, 1))
            wrk_tiny_times.append(wrk_median(full_url, tiny_script, 1))
    connection.close()
    shutil.rmtree(folder)

    http_median = statistics.median(http_times)
    micrograd_median = statistics.median(micrograd_times)
    print(f"chain: {LINES} lines, {nodes} nodes, {len(body)} bytes of JSON; same output and gradient both ways")
    print(f"micrograd in-process (build + backward): median {micrograd_median * 1e3:.2f} ms "
          f"over {len(micrograd_times)} runs")
    print(f"POST /api/autograd over HTTP, warm:      median {http_median * 1e3:.3f} ms "
          f"({http_median * 1e9 / nodes:.0f} ns a node) over {len(http_times)} requests, "
          f"min {min(http_times) * 1e3:.3f} ms")
    print(f"ratio: the server is {micrograd_median / http_median:.1f}x faster than micrograd")
    print(f"references: the smallest program {statistics.median(tiny_times) * 1e3:.3f} ms, "
          f"the same {len(comment)} bytes as a comment {statistics.median(comment_times) * 1e3:.3f} ms (medians); "
          f"{micrograd_median / statistics.median(comment_times):.1f}x faster than micrograd with nothing to build")
    if use_wrk:
        wrk_chain = statistics.median(wrk_chain_times)
        print(f"with wrk (C client, one connection, median of {len(wrk_chain_times)} one-second rounds): the chain "
              f"{wrk_chain * 1e3:.3f} ms ({wrk_chain * 1e9 / nodes:.0f} ns a node), the smallest program "
              f"{statistics.median(wrk_tiny_times) * 1e3:.3f} ms")
        print(f"ratio with wrk: the server is {micrograd_median / wrk_chain:.1f}x faster than micrograd")
    else:
        print("wrk is not installed: no timing with a C client")


if __name__ == "__main__":
    main()
