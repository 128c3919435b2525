-- wrk script for bench/outage.sh: a random public URL per request from urls.txt, status counts per second.
local urls = {}
for line in io.lines(os.getenv("ATLAS_URLS") or "urls.txt") do urls[#urls + 1] = line end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  counts = {}
  fivexx = {}
end

function request()
  return wrk.format("GET", urls[math.random(#urls)])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status >= 500 then
    local second = os.time()
    fivexx[second] = (fivexx[second] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local perSecond = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + n end
    for second, n in pairs(thread:get("fivexx")) do perSecond[second] = (perSecond[second] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("status %d %d\n", status, n)) end
  for second, n in pairs(perSecond) do io.write(string.format("5xx-at %d %d\n", second, n)) end
end
