-- POSTs one bounce (the file named by BOUNCE, built by bench/explain.sh) to /api/explain on every request.
local path = os.getenv("BOUNCE")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.path = "/api/explain?lang=fr"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "message/rfc822"
file:close()
