-- Every request is a query never asked before: one of bench/search-queries.txt (words, a bounce line, typos, every
-- locale) followed by a number unique to this request, so the answer cache never answers and Lucene always runs.
-- The number is the kind of token a pasted bounce holds (a queue id); it matches no text and is never spell-checked.
local queries = {}
for line in io.lines("bench/search-queries.txt") do
  local lang, text = line:match("^(%a+)\t(.+)$")
  if lang then
    local encoded = text:gsub("[^%w%-%.]", function(c) return string.format("%%%02X", string.byte(c)) end)
    queries[#queries + 1] = "/api/search?lang=" .. lang .. "&q=" .. encoded .. "%20"
  end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[i % #queries + 1] .. (tid * 10000000 + i))
end
