-- wrk script of bench/load.sh: rotates over the paths in the file $PATHS (one per line), sends the header
-- $AUTH as Authorization when set, and prints one machine-readable line at the end:
--   RESULT requests=.. seconds=.. rps=.. p50=.. p95=.. p99=.. (milliseconds) non2xx=.. errors=..
local paths = {}
local counter = 0
local auth = os.getenv("AUTH")

local function load()
  for line in io.lines(os.getenv("PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

function init(args)
  load()
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local headers = { ["Accept-Language"] = "sv" }
  if auth and #auth > 0 then headers["Authorization"] = auth end
  return wrk.format("GET", paths[counter], headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f non2xx=%d errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
