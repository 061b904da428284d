-- wrk script of bench/overload.sh: bench/rotate.lua (paths from $PATHS, rotated) that also counts the answers by
-- status and adds them to its RESULT line: s2xx=.. s3xx=.. s4xx=.. s503=.. s5xx_other=.. (socket errors stay in
-- errors=..). wrk's own non2xx count does not tell a 503 from a 500.
dofile("bench/rotate.lua")

local threads = {}
local rotate_done = done
local counts = { s2xx = 0, s3xx = 0, s4xx = 0, s503 = 0, s5xx_other = 0 }

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  local key
  if status == 503 then key = "s503"
  elseif status >= 500 then key = "s5xx_other"
  else key = "s" .. math.floor(status / 100) .. "xx" end
  counts[key] = (counts[key] or 0) + 1
  wrk.thread:set(key, counts[key])
end

function done(summary, latency, requests)
  local totals = {}
  for _, key in ipairs({ "s2xx", "s3xx", "s4xx", "s503", "s5xx_other" }) do
    totals[key] = 0
    for _, t in ipairs(threads) do totals[key] = totals[key] + (t:get(key) or 0) end
  end
  local write = io.write
  io.write = function(line)
    write((line:gsub("\n$", string.format(" s2xx=%d s3xx=%d s4xx=%d s503=%d s5xx_other=%d\n",
      totals.s2xx, totals.s3xx, totals.s4xx, totals.s503, totals.s5xx_other))))
  end
  rotate_done(summary, latency, requests)
  io.write = write
end
