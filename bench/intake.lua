-- wrk script of bench/intake.sh and bench/crash.sh: POSTs new cases to the intake API
-- (POST /api/v1/{slug}/cases, JSON, no CSRF token: the API takes no cookies) of the municipalities named in the
-- file $SLUGS (one slug per line), each from its own client address and with its own e-mail address:
--   X-Forwarded-For: 10.<thread>.<n / 250>.<n % 250 + 1>, the application's RemoteIpValve trusts it because the
--   request comes from loopback (the production default for a proxy on the same machine), and
--   e-mail bench-<run>-<thread>-<n>@example.se, so neither per-address nor per-e-mail limit counts twice.
-- The reference of every 201 is written to $OUT/acknowledged-<thread>.txt (the crash test compares them
-- with the database, and the case's e-mail address with the mail server). At the end one machine-readable line:
--   RESULT requests=.. seconds=.. rps=.. p50=.. p95=.. p99=.. created=.. refused=.. errors=..
-- where rps counts all answers, created the 201s, refused every other status.
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local slugs = {}
local id, n, created, refused, log = 0, 0, 0, 0, nil
local run = os.getenv("RUN") or tostring(os.time())
local kinds = { "IDEA", "PROPOSAL", "COMPLAINT", "QUESTION", "PRAISE" }
local words = { "cykelbana", "belysning", "gångväg", "lekplats", "busshållplats", "snöröjning", "parkering",
  "återvinning", "skolgård", "badplats", "trafiksäkerhet", "bibliotek", "parkbänk", "övergångsställe" }

function init(args)
  id = wrk.thread:get("id")
  for line in io.lines(os.getenv("SLUGS")) do
    if #line > 0 then slugs[#slugs + 1] = line end
  end
  local out = os.getenv("OUT")
  if out and #out > 0 then
    log = io.open(out .. "/acknowledged-" .. id .. ".txt", "a")
    log:setvbuf("line")
  end
end

function request()
  n = n + 1
  local email = string.format("bench-%s-%d-%d@example.se", run, id, n)
  local w1, w2 = words[n % #words + 1], words[(n * 7) % #words + 1]
  local body = string.format(
    '{"kind":"%s","title":"Bättre %s vid %s %d","description":"Förslag %d från tråd %d: %s och %s behöver ses över, ' ..
    'särskilt på kvällar och helger när många är ute.","email":"%s","name":"Bench %d","publishPermission":true}',
    kinds[n % #kinds + 1], w1, w2, n, n, id, w1, w2, email, n)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Accept-Language"] = "sv",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id % 250, math.floor(n / 250) % 250, n % 250 + 1),
  }
  return wrk.format("POST", "/api/v1/" .. slugs[n % #slugs + 1] .. "/cases", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    if log then
      local reference = (body and body:match('"reference":"([^"]+)"'))
        or (headers["Location"] and headers["Location"]:match("/cases/([^/]+)$"))
      log:write(reference or "?", "\n")
    end
  else
    refused = refused + 1
  end
  wrk.thread:set("created", created)
  wrk.thread:set("refused", refused)
end

function done(summary, latency, requests)
  local c, r = 0, 0
  for _, t in ipairs(threads) do
    c = c + (t:get("created") or 0)
    r = r + (t:get("refused") or 0)
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f created=%d refused=%d errors=%d created_rps=%.1f\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    c, r, e.connect + e.read + e.write + e.timeout, c / seconds))
end
