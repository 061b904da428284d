-- wrk script of bench/registrations.sh: every request is a new registration attempt (a unique address) for the
-- event in the URL, through the public JSON API; counts 201 answers and others per thread.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  n = 0
  created = 0
  other = 0
end

function request()
  n = n + 1
  local body = string.format(
    '{"name":"Bench %d-%d","email":"b%d-%d@bench.example","places":1,"nameListed":false,"language":"sv"}',
    tid, n, tid, n)
  return wrk.format("POST", wrk.path, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  io.write(string.format("answers %d, of them 201 %d, other status %d; socket errors connect %d read %d write %d timeout %d\n",
    summary.requests, c, o, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f answers/s\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / (summary.duration / 1000000)))
  io.write(string.format("CREATED=%d\n", c))
end
