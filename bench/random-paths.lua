-- Requests paths picked at random from the file named by the PATHS environment variable (one path a line), with
-- the Accept-Encoding a browser sends, so both servers answer with the same compressed bytes.
local paths = {}
init = function()
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = "gzip" })
end
