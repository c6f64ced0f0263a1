#!/usr/bin/env python3
"""Turns a JMH JSON result (run with -prof gc) into a Markdown table of results and ratios and an
SVG chart of the ratios. Standard library only.

    python3 benchmarks/report.py RESULTS_DIR [--readme benchmarks/README.md]

RESULTS_DIR holds jmh.json, and optionally pager-memory.json, concurrency.json, lock-profile.json,
cold-start.json and machine.txt. Every ratio is printed with its spread: ± from JMH's 99.9 % error
of the two scores (combined), ± 2 standard errors of per-iteration or per-round ratios where the
clients were interleaved, or the lowest–highest of the rounds. Writes
RESULTS_DIR/results.md and RESULTS_DIR/ratios.svg; with --readme, replaces the part of the README
between <!-- results:start --> and <!-- results:end --> with results.md.

    python3 benchmarks/report.py --tracing FILE.json [FILE.json ...]

prints the tables of what tracing costs (the rows the full run leaves out) from the JMH JSON of
CallBenchmark's _sdkOtel* and _rawSdkTimestampsOtel* rows and of LoopbackTracingBenchmark.
"""

import html
import json
import os
import re
import sys

CLIENTS = ("sdk", "raw", "generated", "retrofit")

# Scenario key -> (label, targets as {ratio name: minimum}) ; the loopback column is decided per row.
SCENARIOS = [
    ("CallBenchmark.getSession", "Get one session"),
    ("CallBenchmark.createBooking", "Create a booking (POST)"),
    ("CallBenchmark.listPage", "One page of 100 sessions"),
    ("PaginationBenchmark.walk10k", "Auto-paginate 10,000 sessions"),
    ("WebhookBenchmark.verifySignature", "Webhook signature"),
    ("WebhookBenchmark.verify", "Webhook signature + parse"),
    ("ClientBuildBenchmark.build", "Build a client"),
]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# LoopbackBenchmark's interleaved scenarios, and the rows of the other benchmarks they belong to.
INTERLEAVED = {
    "getSession": "CallBenchmark.getSession",
    "createBooking": "CallBenchmark.createBooking",
    "listPage": "CallBenchmark.listPage",
    "walk10k": "PaginationBenchmark.walk10k",
}


def interleaved(r):
    """Per-client figures of one LoopbackBenchmark result, from its counters: ops/s from the time
    spent in each client's calls, bytes per call on the benchmark thread, and each iteration's
    SDK/raw and SDK/generated throughput ratios (their spread shows how well interleaving held)."""
    metrics = r["secondaryMetrics"]
    per_iteration = lambda k: metrics[k]["rawData"][0]  # noqa: E731
    calls = metrics["calls"]["score"]
    clients = {}
    for client in CLIENTS + ("rawSdkHeaders",):
        if f"{client}Nanos" not in metrics:
            continue
        nanos = metrics[f"{client}Nanos"]["score"]
        clients[client] = {
            "ops": calls * 1e9 / nanos,
            "ops_err": 0.0,
            "bytes": metrics[f"{client}Bytes"]["score"] / calls,
        }
    sdk = per_iteration("sdkNanos")
    clients["sdk"]["raw_spread"] = [b / a for a, b in zip(sdk, per_iteration("rawNanos"))]
    clients["sdk"]["gen_spread"] = [b / a for a, b in zip(sdk, per_iteration("generatedNanos"))]
    if "retrofitNanos" in metrics:
        clients["sdk"]["ret_spread"] = [
            b / a for a, b in zip(sdk, per_iteration("retrofitNanos"))
        ]
    if "rawSdkHeadersNanos" in metrics:
        clients["sdk"]["rawsh_spread"] = [
            b / a for a, b in zip(sdk, per_iteration("rawSdkHeadersNanos"))
        ]
        clients["sdk"]["raw_rawsh_spread"] = [
            b / a
            for a, b in zip(per_iteration("rawNanos"), per_iteration("rawSdkHeadersNanos"))
        ]
    return clients


def collect(results):
    """{(scenario, param): {client: {"ops": float, "ops_err": float, "bytes": float}}}"""
    rows = {}
    for r in results:
        name = r["benchmark"].rsplit(".", 2)
        klass, method = name[-2], name[-1]
        scenario, _, client = method.partition("_")
        if klass == "LoopbackBenchmark":
            rows[(INTERLEAVED[scenario], "loopback")] = interleaved(r)
            continue
        params = r.get("params") or {}
        param = params.get("transport") or (
            f'{int(params["size"]) // 1024} KiB' if "size" in params else ""
        )
        entry = rows.setdefault((f"{klass}.{scenario}", param), {}).setdefault(client, {})
        entry["ops"] = r["primaryMetric"]["score"]
        entry["ops_err"] = r["primaryMetric"].get("scoreError") or 0.0
        gc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if gc is not None:
            entry["bytes"] = gc["score"]
            entry["bytes_err"] = gc.get("scoreError") or 0.0
    return rows


def targets(scenario, param):
    """The issue's targets for a row: (min SDK/raw ops, max SDK/raw bytes, min SDK/generated ops)."""
    if scenario.startswith("WebhookBenchmark"):
        # Signature only ≥ 0.90 × a reused Mac; signature + parse ≥ 0.90 × that plus a plain
        # Jackson parse (issue 20).
        return 0.9, None, None
    if scenario.startswith("ClientBuildBenchmark"):
        return None, None, 1.0
    return (0.97 if param == "loopback" else 0.90), 1.3, 1.0


def fmt_ops(v):
    if v is None:
        return "–"
    if v >= 100:
        return f"{v:,.0f}"
    return f"{v:,.1f}"


def fmt_bytes(v):
    return "–" if v is None else f"{v:,.0f}"


def fmt_ratio(v, minimum=None, maximum=None):
    if v is None:
        return "–"
    text = f"{v:.2f}"
    if minimum is not None:
        text += " ✅" if v >= minimum else " ❌"
    if maximum is not None:
        text += " ✅" if v <= maximum else " ❌"
    return text


def mean_and_error(values, digits=3):
    """`mean ± 2 standard errors` of per-iteration ratios, or the mean alone for one value."""
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return f"{mean:.{digits}f}"
    variance = sum((v - mean) ** 2 for v in values) / (n - 1)
    return f"{mean:.{digits}f} ± {2 * (variance / n) ** 0.5:.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def ratio_error(a, a_err, b, b_err):
    """The spread of a / b from the two scores' errors (relative errors added in quadrature); JMH's
    scoreError is a 99.9 % interval. NaN errors (one iteration) count as unknown: None."""
    r = ratio(a, b)
    if r is None or a == 0:
        return None
    # JMH writes "NaN" (a string) when there were too few iterations for an error.
    if not isinstance(a_err, (int, float)) or not isinstance(b_err, (int, float)):
        return None
    if a_err != a_err or b_err != b_err:  # NaN
        return None
    return r * ((a_err / a) ** 2 + (b_err / b) ** 2) ** 0.5


def with_spread(value, spread, minimum=None, maximum=None):
    """A ratio, its spread (a number: ±; a list: per-iteration ratios, mean ± 2 SE), its target."""
    if value is None:
        return "–"
    if isinstance(spread, list) and spread:
        text = mean_and_error(spread, 2)
        value = sum(spread) / len(spread)
    elif isinstance(spread, (int, float)):
        text = f"{value:.2f} ± {spread:.2f}"
    else:
        text = f"{value:.2f}"
    if minimum is not None:
        text += " ✅" if value >= minimum else " ❌"
    if maximum is not None:
        text += " ✅" if value <= maximum else " ❌"
    return text


def build_rows(rows):
    out = []
    for key, label in SCENARIOS:
        params = sorted({p for (s, p) in rows if s == key}, key=lambda p: (p != "inJvm", p))
        for param in params:
            clients = rows[(key, param)]
            get = lambda c, f: clients.get(c, {}).get(f)  # noqa: E731
            t_raw, t_bytes, t_gen = targets(key, param)
            sdk_ops, raw_ops, gen_ops = get("sdk", "ops"), get("raw", "ops"), get("generated", "ops")
            ret_ops = get("retrofit", "ops")
            err = lambda c: get(c, "ops_err")  # noqa: E731
            spread = lambda name, c: get("sdk", name) or ratio_error(  # noqa: E731
                sdk_ops, err("sdk"), get(c, "ops"), err(c)
            )
            rawct_ops = get("rawCallTimeout", "ops")
            rawts_ops = get("rawSdkTimestamps", "ops")
            rawsh_ops = get("rawSdkHeaders", "ops")
            raw_new_mac = get("rawNewMac", "ops")
            raw_typed = get("rawTyped", "ops")
            out.append(
                {
                    "key": key,
                    "label": label,
                    "param": param,
                    "sdk_ops": sdk_ops,
                    "sdk_err": get("sdk", "ops_err"),
                    "raw_spread": get("sdk", "raw_spread"),
                    "gen_spread": get("sdk", "gen_spread"),
                    "raw_ops": raw_ops,
                    "gen_ops": gen_ops,
                    "rawct_ops": rawct_ops,
                    "rawts_ops": rawts_ops,
                    "rawts_bytes": get("rawSdkTimestamps", "bytes"),
                    "rawsh_ops": rawsh_ops,
                    "rawsh_bytes": get("rawSdkHeaders", "bytes"),
                    "rawsh_spread": get("sdk", "rawsh_spread"),
                    "raw_rawsh_spread": get("sdk", "raw_rawsh_spread"),
                    "sdk_rawct_err": ratio_error(
                        sdk_ops, err("sdk"), rawct_ops, err("rawCallTimeout")
                    ),
                    "sdk_new_mac_err": ratio_error(sdk_ops, err("sdk"), raw_new_mac, err("rawNewMac")),
                    "sdk_rawsh": ratio(sdk_ops, rawsh_ops),
                    "raw_new_mac_ops": raw_new_mac,
                    "raw_typed_ops": raw_typed,
                    "raw_typed_bytes": get("rawTyped", "bytes"),
                    "sdk_typed_err": ratio_error(sdk_ops, err("sdk"), raw_typed, err("rawTyped")),
                    "sdk_bytes": get("sdk", "bytes"),
                    "raw_bytes": get("raw", "bytes"),
                    "gen_bytes": get("generated", "bytes"),
                    "ret_ops": ret_ops,
                    "ret_bytes": get("retrofit", "bytes"),
                    "ret_spread": get("sdk", "ret_spread"),
                    "sdk_ret": ratio(sdk_ops, ret_ops),
                    "sdk_raw_err": spread("raw_spread", "raw"),
                    "sdk_gen_err": spread("gen_spread", "generated"),
                    "sdk_ret_err": spread("ret_spread", "retrofit"),
                    "sdk_rawts_err": ratio_error(
                        sdk_ops, err("sdk"), rawts_ops, err("rawSdkTimestamps")
                    ),
                    "bytes_err": ratio_error(
                        get("sdk", "bytes"),
                        get("sdk", "bytes_err"),
                        get("raw", "bytes"),
                        get("raw", "bytes_err"),
                    ),
                    "bytes_rawts_err": ratio_error(
                        get("sdk", "bytes"),
                        get("sdk", "bytes_err"),
                        get("rawSdkTimestamps", "bytes"),
                        get("rawSdkTimestamps", "bytes_err"),
                    ),
                    "sdk_raw": ratio(sdk_ops, raw_ops),
                    "sdk_gen": ratio(sdk_ops, gen_ops),
                    "sdk_rawct": ratio(sdk_ops, rawct_ops),
                    "sdk_rawts": ratio(sdk_ops, rawts_ops),
                    "bytes_sdk_raw": ratio(get("sdk", "bytes"), get("raw", "bytes")),
                    "t_raw": t_raw,
                    "t_bytes": t_bytes,
                    "t_gen": t_gen,
                }
            )
    return out


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def spread_range(values, digits=2):
    return f"{min(values):.{digits}f}–{max(values):.{digits}f}"


def per_round(a, b):
    return [x / y for x, y in zip(a, b) if y]


def concurrency_md(conc):
    """Throughput and p99 of each scenario of ConcurrencyRun, SDK ÷ each peer, per-round spread."""
    lines = [
        "",
        f'**Concurrency** over loopback ({conc["operation"]}; `ConcurrencyRun`): one OkHttp client'
        " shared by every caller (64 connections, a server thread each), the clients interleaved in"
        f' windows of {conc["measureMillis"]} ms, {conc["rounds"]} rounds after'
        f' {conc["warmupRounds"]} not kept. raw is {conc["rawBaseline"]}; async: the SDK\'s'
        " `async()`, OkHttp's `enqueue`, Retrofit's `CompletableFuture` adapter. Throughput is"
        " the mean of the rounds; p99 is over every call of the kept rounds; ratios are the mean ±"
        " 2 SE of the per-round ratios (lowest–highest in brackets). ✅/❌: issue 20's targets,"
        " SDK ≥ 0.95 × raw throughput, p99 ≤ 1.1 × raw, SDK ≥ 1.0 × Retrofit.",
        "",
        "| Scenario | SDK calls/s | raw calls/s | Retrofit calls/s | SDK/raw | SDK/Retrofit"
        " | p99 SDK µs | p99 raw µs | p99 Retrofit µs | p99 SDK/raw | server CPU µs/call"
        " (process) |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for sc in conc["scenarios"]:
        c = sc["clients"]
        mean = lambda k, f: sum(c[k][f]) / len(c[k][f])  # noqa: E731
        tr = per_round(c["sdk"]["throughput"], c["raw"]["throughput"])
        tt = per_round(c["sdk"]["throughput"], c["retrofit"]["throughput"])
        pr = per_round(c["sdk"]["p99Micros"], c["raw"]["p99Micros"])
        cell = lambda v, lo=None, hi=None: (  # noqa: E731
            with_spread(sum(v) / len(v), v, lo, hi) + f" ({spread_range(v)})"
        )
        server = sc["server"]
        label = sc["label"]
        if sc["kind"] == "async" and "meanInFlight" in c["sdk"]:
            label += " (in flight on average: " + ", ".join(
                f'{k} {mean(k, "meanInFlight"):,.0f}' for k in ("sdk", "raw", "retrofit")
            ) + ")"
        lines.append(
            f'| {label} | {fmt_ops(mean("sdk", "throughput"))}'
            f' | {fmt_ops(mean("raw", "throughput"))} | {fmt_ops(mean("retrofit", "throughput"))}'
            f" | {cell(tr, 0.95)} | {cell(tt, 1.0)}"
            f' | {c["sdk"]["p99MicrosAll"]:,.0f} | {c["raw"]["p99MicrosAll"]:,.0f}'
            f' | {c["retrofit"]["p99MicrosAll"]:,.0f} | {cell(pr, None, 1.1)}'
            f' | {server["serverCpuMicrosPerRequest"]:.1f} ({server["processCpuMicrosPerRequest"]:.1f}) |'
        )
    lines += [
        "",
        "The last column is the loopback server's CPU per request (its connection threads), and in"
        " brackets the whole process's: the server does a small share of the work (a fixed canned"
        " answer, one write), with a thread per connection. In the async row, the calls actually"
        " outstanding on average (sampled at each start; each completion starts the next call).",
    ]
    return lines


def locks_md(locks):
    """Contended locks at 32 threads, per client, from LockProfile's JFR recordings."""
    lines = [
        "",
        f'**Lock profile** at {locks["threads"]} threads (`LockProfile`: JFR `jdk.JavaMonitorEnter`'
        " and `jdk.ThreadPark`, no threshold, with stacks, over"
        f' {locks["recordedMillis"]:,} ms of blocking `GET`s per client). A park counts as contention'
        " when the thread parked acquiring a lock (`AbstractQueuedSynchronizer.acquire`); other"
        " parks are waits (idle pool threads, conditions). Owner: whose code took the lock.",
        "",
        "| Client | calls | contended: events, ms | by owner (events, ms) | the SDK's locks: deadline"
        " watch, rate-limit budget, token holder, idempotency keys (events) | waits (events) |",
        "|---|--:|--:|---|---|--:|",
    ]
    for c in locks["clients"]:
        owners = ", ".join(
            f'{o} {v["events"]}, {v["totalMicros"] / 1e3:,.1f}' for o, v in c["byOwner"].items()
        )
        sdk = c["sdkLocks"]
        named = ", ".join(
            str(sdk[k]["events"])
            for k in ("deadline watch", "rate-limit budget", "token holder", "idempotency keys")
        )
        lines.append(
            f'| {c["client"]} | {c["calls"]:,} | {c["contended"]["events"]:,},'
            f' {c["contended"]["totalMicros"] / 1e3:,.1f} | {owners or "none"} | {named}'
            f' | {c["waits"]["events"]:,} |'
        )
    lines += [
        "",
        "Most contended sites (where the lock was taken; first frame outside the JDK when the lock"
        " is the JDK's):",
        "",
        "| Client | site | owner | lock | events | total ms | max ms |",
        "|---|---|---|---|--:|--:|--:|",
    ]
    for c in locks["clients"]:
        for site in c["topSites"][:5]:
            where = site["site"] if site["via"] in (None, site["site"]) else (
                f'{site["site"]} ← {site["via"]}'
            )
            lines.append(
                f'| {c["client"]} | `{where}` | {site["owner"]} | `{site["lock"]}`'
                f' | {site["events"]:,} | {site["totalMicros"] / 1e3:,.1f}'
                f' | {site["maxMicros"] / 1e3:,.1f} |'
            )
    return lines


def cold_md(cold):
    """Launch to first call per client, median and spread, and the classes each loads."""
    t = cold["timings"]
    lines = [
        "",
        f'**Cold start** (`ColdStartRun`): a fresh JVM per run, {cold["runs"]} runs per client'
        " interleaved, from launching `java` to the first successful `GET /sessions/{id}` against"
        " the loopback server (the child stamps `System.nanoTime()`, a machine-wide clock). The"
        " ratios are per round (one run of each client), median and lowest–highest; ✅/❌: SDK ≤"
        " 1.2 × raw (issue 20).",
        "",
        "| Client | first call, median ms | lowest–highest ms | whole process, median ms"
        " | classes loaded | of them from CDS | SDK ÷ client, per round |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    sdk_first = t["sdk"]["firstCallMillis"]
    for client, v in t.items():
        first = v["firstCallMillis"]
        classes = cold["classes"].get(client, {})
        if client == "sdk":
            vs = "–"
        else:
            r = per_round(sdk_first, first)
            target = " ✅" if median(r) <= 1.2 else " ❌"
            vs = f"{median(r):.2f} ({spread_range(r)})" + (target if client == "raw" else "")
        lines.append(
            f"| {client} | {median(first):,.0f} | {spread_range(first, 0)}"
            f' | {median(v["processMillis"]):,.0f} | {classes.get("total", 0):,}'
            f' | {classes.get("fromCds", 0):,} | {vs} |'
        )
    libs = sorted({lib for c in cold["classes"].values() for lib in c["byLibrary"]})
    lines += [
        "",
        "Classes loaded up to the first call, by library:",
        "",
        "| Client | " + " | ".join(libs) + " |",
        "|---|" + "--:|" * len(libs),
    ]
    for client, c in cold["classes"].items():
        lines.append(
            f"| {client} | " + " | ".join(str(c["byLibrary"].get(lib, 0)) for lib in libs) + " |"
        )
    sdk = cold["classes"].get("sdk")
    if sdk:
        not_needed = sdk["sdkPackagesNotNeeded"]
        count = sum(sdk["sdkPackages"][p] for p in not_needed)
        lines += [
            "",
            f'The SDK\'s first call loads {sum(sdk["sdkPackages"].values())} of its classes from'
            f' {len(sdk["sdkPackages"])} packages; {count} of them are in packages a'
            " `sessions().get()` does not use (other resources' clients, the live feed): "
            + (", ".join(f'`{p[len("dev.gradiant.sdk."):]}` ({sdk["sdkPackages"][p]})' for p in not_needed) or "none")
            + ".",
        ]
    return lines


def markdown(table, pager, machine, conc=None, locks=None, cold=None):
    lines = []
    if machine:
        lines += ["**Machine**", "", "```", machine.strip(), "```", ""]
    lines += [
        "Throughput in operations per second (higher is better), allocation in bytes per operation"
        " (`-prof gc`, `gc.alloc.rate.norm`). Ratios are SDK ÷ baseline: ≥ 1 is faster for"
        " throughput, ≤ 1 is leaner for bytes. Each ratio carries its spread: ± the two scores'"
        " JMH errors (99.9 %) combined, or for loopback rows the mean ± 2 standard errors of the"
        " per-iteration ratios. ✅/❌: the target for that ratio (SDK/raw ≥ 0.90 in-JVM, ≥ 0.97"
        " loopback, webhook ≥ 0.90; bytes ≤ 1.3 × raw; SDK/generated ≥ 1.0; SDK/Retrofit ≥ 1.0).",
        "",
        "| Scenario | Transport | SDK ops/s | raw ops/s | generated ops/s | Retrofit ops/s | SDK/raw"
        " | SDK/generated | SDK/Retrofit | SDK B/op | raw B/op | generated B/op | Retrofit B/op"
        " | B/op SDK/raw |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in table:
        has_ret = r["ret_ops"] is not None
        lines.append(
            "| {label} | {param} | {sdk} | {raw} | {gen} | {ret} | {sr} | {sg} | {st} | {sb} | {rb}"
            " | {gb} | {tb} | {br} |".format(
                label=r["label"],
                param=r["param"] or "–",
                sdk=fmt_ops(r["sdk_ops"]),
                raw=fmt_ops(r["raw_ops"]),
                gen=fmt_ops(r["gen_ops"]),
                ret=fmt_ops(r["ret_ops"]),
                sr=with_spread(r["sdk_raw"], r["sdk_raw_err"], r["t_raw"]),
                sg=with_spread(r["sdk_gen"], r["sdk_gen_err"], r["t_gen"]),
                st=with_spread(r["sdk_ret"], r["sdk_ret_err"], 1.0 if has_ret else None),
                sb=fmt_bytes(r["sdk_bytes"]),
                rb=fmt_bytes(r["raw_bytes"]),
                gb=fmt_bytes(r["gen_bytes"]),
                tb=fmt_bytes(r["ret_bytes"]),
                br=with_spread(r["bytes_sdk_raw"], r["bytes_err"], None, r["t_bytes"]),
            )
        )
    spread = [r for r in table if r["raw_spread"]]
    if spread:
        lines += [
            "",
            "Loopback rows come from `LoopbackBenchmark`, where one operation makes a run of 16"
            " calls (or one whole walk) through each client in turn, in a new random order each"
            " time, and times each run apart: ops/s is calls ÷ the time spent in that"
            " client's runs, B/op is what its calls allocated on the benchmark thread (the server's"
            " thread is not counted). The ratio of each measured iteration, lowest to highest,"
            " shows how far the weather moved it:",
            "",
            "| Scenario | SDK/raw per iteration | its mean ± 2 SE | SDK/generated per iteration"
            " | SDK/Retrofit per iteration | its mean ± 2 SE |",
            "|---|--:|--:|--:|--:|--:|",
        ]
        for r in spread:
            lines.append(
                f'| {r["label"]} | {min(r["raw_spread"]):.2f}–{max(r["raw_spread"]):.2f}'
                f' | {mean_and_error(r["raw_spread"])}'
                f' | {min(r["gen_spread"]):.2f}–{max(r["gen_spread"]):.2f}'
                + (
                    f' | {min(r["ret_spread"]):.2f}–{max(r["ret_spread"]):.2f}'
                    f' | {mean_and_error(r["ret_spread"])} |'
                    if r["ret_spread"]
                    else " | – | – |"
                )
            )
        lines += [
            "",
            "(SE: the standard error of the mean of the per-iteration ratios; the mean ± 2 SE is"
            " roughly a 95 % interval.)",
        ]
    extra = [r for r in table if r["rawct_ops"] is not None]
    if extra:
        lines += [
            "",
            "The SDK bounds every call by a deadline (60 s by default), enforced by its own"
            " deadline watch; the raw baseline above has none. For reference, the same raw call"
            " bounded the usual way, by OkHttp's `callTimeout` (60 s), whose watchdog is woken on"
            " nearly every call:",
            "",
            "| Scenario | Transport | raw + callTimeout ops/s | SDK/(raw + callTimeout) |",
            "|---|---|--:|--:|",
        ]
        for r in extra:
            lines.append(
                f'| {r["label"]} | {r["param"]} | {fmt_ops(r["rawct_ops"])} | {with_spread(r["sdk_rawct"], r["sdk_rawct_err"])} |'
            )
    timestamps = [r for r in table if r["rawts_ops"] is not None]
    if timestamps:
        lines += [
            "",
            "The SDK reads timestamps with its own RFC 3339 parser (`TimestampDeserializer`), several"
            " times faster than jackson-datatype-jsr310's, which the raw baseline uses; that gain hides"
            " what the rest of the SDK costs. For that cost, the raw call with the SDK's timestamp"
            " reader registered on its mapper (Retrofit reads with this same mapper). ✅/❌: the"
            " targets of issue 20, SDK ≥ 0.95 × its throughput and ≤ 1.1 × its bytes:",
            "",
            "| Scenario | Transport | raw + SDK timestamps ops/s | SDK/(raw + SDK timestamps)"
            " | its B/op | B/op SDK/(raw + SDK timestamps) |",
            "|---|---|--:|--:|--:|--:|",
        ]
        for r in timestamps:
            bytes_ratio = ratio(r["sdk_bytes"], r["rawts_bytes"])
            lines.append(
                f'| {r["label"]} | {r["param"]} | {fmt_ops(r["rawts_ops"])}'
                f' | {with_spread(r["sdk_rawts"], r["sdk_rawts_err"], 0.95)}'
                f' | {fmt_bytes(r["rawts_bytes"])}'
                f' | {with_spread(bytes_ratio, r["bytes_rawts_err"], None, 1.1)} |'
            )
    headers = [r for r in table if r["rawsh_ops"] is not None]
    if headers:
        lines += [
            "",
            "Over a socket the SDK also sends more bytes than the raw calls: its `User-Agent`"
            " (`gradiant-java/<version> (Java <version>; <OS> <arch>)`, against OkHttp's"
            " `okhttp/<version>`) and, on a POST, an `Idempotency-Key`. The raw calls sending those"
            " two headers too, interleaved with the others, separate the cost of those bytes from"
            " the cost of the SDK's code:",
            "",
            "| Scenario | Transport | raw + SDK headers ops/s | SDK/(raw + SDK headers)"
            " | per iteration: mean ± 2 SE | raw/(raw + SDK headers) |",
            "|---|---|--:|--:|--:|--:|",
        ]
        for r in headers:
            spread = r["rawsh_spread"]
            lines.append(
                f'| {r["label"]} | {r["param"]} | {fmt_ops(r["rawsh_ops"])} | {fmt_ratio(r["sdk_rawsh"])}'
                f' | {mean_and_error(spread) if spread else "–"}'
                f' | {with_spread(ratio(r["raw_ops"], r["rawsh_ops"]), r["raw_rawsh_spread"])} |'
            )
    macs = [r for r in table if r["raw_new_mac_ops"] is not None]
    if macs:
        lines += [
            "",
            "The raw webhook baseline keeps one initialised `Mac` per thread; written the common way"
            " (`Mac.getInstance` + `init` per delivery) it does:",
            "",
            "| Payload | raw, new Mac per delivery ops/s | SDK ÷ that |",
            "|---|--:|--:|",
        ]
        for r in macs:
            lines.append(
                f'| {r["param"]} | {fmt_ops(r["raw_new_mac_ops"])} | {with_spread(ratio(r["sdk_ops"], r["raw_new_mac_ops"]), r["sdk_new_mac_err"])} |'
            )
    typed = [r for r in table if r["raw_typed_ops"] is not None]
    if typed:
        lines += [
            "",
            "Verify + parse against issue 20's baseline: the raw signature check (a reused `Mac`) and a"
            " plain Jackson read (jsr310 timestamps) into records with the event's fields"
            " (`verify_rawTyped`; the table above compares with a Jackson tree, which reads no type)."
            " ✅/❌: SDK ≥ 0.90 × it:",
            "",
            "| Payload | raw typed ops/s | SDK ÷ raw typed | raw typed B/op | B/op SDK ÷ raw typed |",
            "|---|--:|--:|--:|--:|",
        ]
        for r in typed:
            value = ratio(r["sdk_ops"], r["raw_typed_ops"])
            lines.append(
                f'| {r["param"]} | {fmt_ops(r["raw_typed_ops"])}'
                f' | {with_spread(value, r["sdk_typed_err"], minimum=0.90)}'
                f' | {fmt_bytes(r["raw_typed_bytes"])}'
                f' | {fmt_ratio(ratio(r["sdk_bytes"], r["raw_typed_bytes"]))} |'
            )
    if pager:
        one = pager["onePageRetainedBytes"]
        lines += [
            "",
            f'Memory retained while auto-paginating (heap in use after a full GC, less the heap'
            f' before the walk, per walk; {pager.get("walkers", 1)} walks in step; one page of'
            f' {pager["pageSize"]} sessions held alone retains {one:,} B):',
            "",
            "| Sessions in the list | retained, max of 10 samples | mean | max ÷ one page |",
            "|--:|--:|--:|--:|",
        ]
        for w in pager["walks"]:
            lines.append(
                f'| {w["total"]:,} | {w["maxRetainedBytes"]:,} B | {w["meanRetainedBytes"]:,} B'
                f' | {w["maxRetainedBytes"] / one:.2f} |'
            )
    if conc:
        lines += concurrency_md(conc)
    if locks:
        lines += locks_md(locks)
    if cold:
        lines += cold_md(cold)
    return "\n".join(lines) + "\n"


def interval(value, spread):
    """(low, high) of a ratio's spread, as with_spread prints it, or None."""
    if isinstance(spread, list) and len(spread) > 1:
        n = len(spread)
        mean = sum(spread) / n
        se = (sum((v - mean) ** 2 for v in spread) / (n - 1) / n) ** 0.5
        return mean - 2 * se, mean + 2 * se
    if isinstance(spread, (int, float)) and value is not None:
        return value - spread, value + spread
    return None


def chart_rows(conc, cold):
    """Rows for the chart from the concurrency run (throughput) and the cold start (speed)."""
    rows = []
    for sc in (conc or {}).get("scenarios", []):
        c = sc["clients"]
        tr = per_round(c["sdk"]["throughput"], c["raw"]["throughput"])
        tt = per_round(c["sdk"]["throughput"], c["retrofit"]["throughput"])
        rows.append(
            {
                "label": "Concurrency",
                "param": sc["label"],
                "sdk_raw": sum(tr) / len(tr),
                "sdk_raw_err": tr,
                "sdk_gen": None,
                "sdk_ret": sum(tt) / len(tt),
                "sdk_ret_err": tt,
                "bytes_sdk_raw": None,
            }
        )
    if cold:
        t = cold["timings"]
        sdk = t["sdk"]["firstCallMillis"]
        raw = per_round(t["raw"]["firstCallMillis"], sdk)
        ret = per_round(t["retrofit"]["firstCallMillis"], sdk)
        rows.append(
            {
                "label": "Cold start (time ÷ SDK's)",
                "param": "",
                "sdk_raw": median(raw),
                "sdk_raw_err": None,
                "sdk_gen": None,
                "sdk_ret": median(ret),
                "sdk_ret_err": None,
                "bytes_sdk_raw": None,
            }
        )
    return rows


def svg(table, conc=None, cold=None):
    """Grouped horizontal bars: SDK ÷ raw, generated and Retrofit ops, SDK/raw bytes, per row, with
    each ratio's spread as a whisker."""
    series = [
        ("sdk_raw", "throughput SDK ÷ raw", "#2b6cb0"),
        ("sdk_gen", "throughput SDK ÷ generated", "#dd6b20"),
        ("sdk_ret", "throughput SDK ÷ Retrofit", "#38a169"),
        ("bytes_sdk_raw", "bytes/op SDK ÷ raw", "#718096"),
    ]
    spreads = {"sdk_raw": "sdk_raw_err", "sdk_gen": "sdk_gen_err", "sdk_ret": "sdk_ret_err",
               "bytes_sdk_raw": "bytes_err"}
    table = list(table) + chart_rows(conc, cold)
    rows = [r for r in table if any(r.get(k) is not None for k, _, _ in series)]
    values = [r[k] for r in rows for k, _, _ in series if r.get(k) is not None]
    top = max([2.0] + [min(v, 8.0) for v in values])
    top = float(int(top + 0.999))
    left, right, bar, gap, head = 290, 70, 9, 12, 56
    width = 980
    plot = width - left - right
    group = bar * len(series) + gap
    height = head + group * len(rows) + 40
    x = lambda v: left + plot * min(v, top) / top  # noqa: E731
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left}" y="18" font-size="14" font-weight="bold">'
        "Gradiant SDK against its baselines (ratio; 1.0 = parity)</text>",
    ]
    lx = 20
    for _, name, colour in series:
        out.append(f'<rect x="{lx}" y="30" width="12" height="10" fill="{colour}"/>')
        out.append(f'<text x="{lx + 16}" y="39">{html.escape(name)}</text>')
        lx += 16 + 7 * len(name) + 24
    tick = 0.0
    step = 0.5 if top <= 4 else 1.0
    while tick <= top + 1e-9:
        tx = x(tick)
        colour = "#000" if abs(tick - 1.0) < 1e-9 else "#ddd"
        out.append(
            f'<line x1="{tx:.1f}" y1="{head - 6}" x2="{tx:.1f}" y2="{height - 34}" stroke="{colour}"'
            + (' stroke-dasharray="4 3"' if abs(tick - 1.0) < 1e-9 else "")
            + "/>"
        )
        out.append(f'<text x="{tx:.1f}" y="{height - 20}" text-anchor="middle">{tick:g}</text>')
        tick += step
    target = x(0.9)
    out.append(
        f'<line x1="{target:.1f}" y1="{head - 6}" x2="{target:.1f}" y2="{height - 34}" '
        'stroke="#c53030" stroke-dasharray="2 3"/>'
    )
    out.append(
        f'<text x="{target - 4:.1f}" y="{head - 8}" text-anchor="end" font-size="10" '
        'fill="#c53030">0.90 target</text>'
    )
    for i, r in enumerate(rows):
        y0 = head + i * group
        label = r["label"] + (f' — {r["param"]}' if r["param"] else "")
        out.append(
            f'<text x="{left - 8}" y="{y0 + bar * len(series) / 2 + 4}" text-anchor="end">'
            f"{html.escape(label)}</text>"
        )
        for j, (k, _, colour) in enumerate(series):
            v = r.get(k)
            if v is None:
                continue
            y = y0 + j * bar
            out.append(
                f'<rect x="{left}" y="{y}" width="{max(1.0, x(v) - left):.1f}" height="{bar - 1}" '
                f'fill="{colour}"><title>{v:.2f}</title></rect>'
            )
            whisker = interval(v, r.get(spreads[k]))
            if whisker:
                lo, hi = max(0.0, whisker[0]), whisker[1]
                out.append(
                    f'<line x1="{x(lo):.1f}" y1="{y + (bar - 1) / 2:.1f}" x2="{x(hi):.1f}" '
                    f'y2="{y + (bar - 1) / 2:.1f}" stroke="#1a202c" stroke-width="1"/>'
                )
            out.append(f'<text x="{x(v) + 4:.1f}" y="{y + bar - 1}" font-size="9">{v:.2f}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# CallBenchmark's traced clients: (client, untraced client it is compared with, label).
TRACED = [
    ("sdkOtelRecorded", "sdk", "module, recorded"),
    ("sdkOtelSampledOff", "sdk", "module, sampled off"),
    ("sdkOtelNoSdk", "sdk", "module, API without SDK"),
    ("rawSdkTimestampsOtelRecorded", "rawSdkTimestamps", "OkHttp instrumentation, recorded"),
    ("rawSdkTimestampsOtelSampledOff", "rawSdkTimestamps", "OkHttp instrumentation, sampled off"),
]

# LoopbackTracingBenchmark's counters: (traced, untraced, label), in the same order.
INTERLEAVED_TRACED = [
    ("recordedNanos", "sdkNanos", "module, recorded"),
    ("sampledOffNanos", "sdkNanos", "module, sampled off"),
    ("noSdkNanos", "sdkNanos", "module, API without SDK"),
    ("rawRecordedNanos", "rawNanos", "OkHttp instrumentation, recorded"),
    ("rawSampledOffNanos", "rawNanos", "OkHttp instrumentation, sampled off"),
    ("noOpObserverNanos", "sdkNanos", "a no-op observer"),
    ("noSdkNanos", "noOpObserverNanos", "module without SDK ÷ no-op observer"),
]


def tracing_md(results):
    """What tracing costs a call: the module (each traced SDK client ÷ the SDK alone) beside
    OpenTelemetry's OkHttp instrumentation (each traced raw call ÷ the raw call with the SDK's
    timestamp reader), as throughput ratios (≥ 1 is free; ✅/❌: issue 19's ≤ 5 % for the module)
    and bytes added per call."""
    lines = []
    rows = collect([r for r in results if ".CallBenchmark." in r["benchmark"]])
    keys = [k for k in sorted(rows) if any(t in rows[k] for t, _, _ in TRACED)]
    if keys:
        lines += [
            "",
            "What tracing costs a call, each traced client ÷ its own untraced one in the same run"
            " (throughput, ± the two scores' JMH errors combined; ✅/❌: the module's ≤ 5 %, ≥ 0.95)"
            " and the bytes it adds per call:",
            "",
            "| Scenario | Transport | " + " | ".join(label for _, _, label in TRACED) + " |",
            "|---|---|" + "--:|" * len(TRACED),
        ]
        for scenario, param in keys:
            clients = rows[(scenario, param)]
            cells = []
            for traced, base, _ in TRACED:
                t, b = clients.get(traced), clients.get(base)
                if not t or not b:
                    cells.append("–")
                    continue
                value = ratio(t["ops"], b["ops"])
                spread = ratio_error(t["ops"], t["ops_err"], b["ops"], b["ops_err"])
                text = with_spread(value, spread, 0.95 if base == "sdk" else None)
                if "bytes" in t and "bytes" in b:
                    text += f" ({t['bytes'] - b['bytes']:+,.0f} B)"
                cells.append(text)
            lines.append(f"| {scenario.split('.')[-1]} | {param} | " + " | ".join(cells) + " |")
    interleaved = [r for r in results if ".LoopbackTracingBenchmark." in r["benchmark"]]
    if interleaved:
        lines += [
            "",
            "Interleaved (`LoopbackTracingBenchmark`: every client in runs of 16 calls, random order,"
            " timed apart): each traced client ÷ its untraced one, the mean ± 2 SE of the"
            " per-iteration ratios (lowest–highest in brackets):",
            "",
            "| Scenario | Transport | untraced SDK µs/call | "
            + " | ".join(label for _, _, label in INTERLEAVED_TRACED)
            + " |",
            "|---|---|--:|" + "--:|" * len(INTERLEAVED_TRACED),
        ]
        for r in interleaved:
            metrics = r["secondaryMetrics"]
            per_iteration = lambda k: metrics[k]["rawData"][0]  # noqa: E731
            calls = metrics["calls"]["score"]
            cells = []
            for traced, base, _ in INTERLEAVED_TRACED:
                if traced not in metrics:
                    cells.append("–")
                    continue
                spread = [b / t for t, b in zip(per_iteration(traced), per_iteration(base))]
                cells.append(
                    f"{mean_and_error(spread)} ({min(spread):.2f}–{max(spread):.2f})"
                )
            scenario = r["benchmark"].rsplit(".", 1)[-1].partition("_")[0]
            transport = (r.get("params") or {}).get("transport", "loopback")
            sdk_us = metrics["sdkNanos"]["score"] / calls / 1000
            lines.append(
                f"| {scenario} | {transport} | {sdk_us:.2f} | " + " | ".join(cells) + " |"
            )
    return lines


def main(argv):
    if argv and argv[0] == "--tracing":
        results = [r for path in argv[1:] for r in load(path)]
        print("\n".join(tracing_md(results)).strip())
        return 0
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    directory = argv[0]
    readme = argv[argv.index("--readme") + 1] if "--readme" in argv else None
    results = load(os.path.join(directory, "jmh.json"))
    table = build_rows(collect(results))
    pager_path = os.path.join(directory, "pager-memory.json")
    pager = load(pager_path) if os.path.exists(pager_path) else None
    machine_path = os.path.join(directory, "machine.txt")
    machine = open(machine_path, encoding="utf-8").read() if os.path.exists(machine_path) else None
    optional = lambda name: (  # noqa: E731
        load(os.path.join(directory, name)) if os.path.exists(os.path.join(directory, name)) else None
    )
    conc, locks, cold = optional("concurrency.json"), optional("lock-profile.json"), optional("cold-start.json")
    text = markdown(table, pager, machine, conc, locks, cold)
    tracing = tracing_md(results)  # empty for the full run, which leaves these rows out
    if tracing:
        text += "\n".join(tracing).lstrip("\n").join(["\n", "\n"])
    with open(os.path.join(directory, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(directory, "ratios.svg"), "w", encoding="utf-8") as f:
        f.write(svg(table, conc, cold))
    if readme:
        with open(readme, encoding="utf-8") as f:
            content = f.read()
        block = "<!-- results:start -->\n" + text + "<!-- results:end -->"
        content, n = re.subn(
            r"<!-- results:start -->.*?<!-- results:end -->", lambda _: block, content, flags=re.S
        )
        if n != 1:
            print(f"{readme} has no results markers; left unchanged", file=sys.stderr)
        else:
            with open(readme, "w", encoding="utf-8") as f:
                f.write(content)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
