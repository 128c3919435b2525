-- Cycles through queries of every kind and locale, so the benchmark does not measure one repeated query.
local queries = {
  "/api/search?lang=en&q=mailbox%20unavailable", "/api/search?lang=en&q=server%20hides%20user",
  "/api/search?lang=en&q=550%205.1.1%20The%20email%20account%20that%20you%20tried%20to%20reach%20does%20not%20exist",
  "/api/search?lang=en&q=authentcation%20sucessful", "/api/search?lang=en&q=must%20issue%20STARTTLS%20first",
  "/api/search?lang=en&q=530", "/api/search?lang=en&q=5.7.26", "/api/search?lang=en&q=relay%20access%20denied",
  "/api/search?lang=fr&q=le%20serveur%20cache%20les%20utilisateurs", "/api/search?lang=fr&q=bo%C3%AEte%20pleine",
  "/api/search?lang=de&q=Befehl%20nicht%20implementiert", "/api/search?lang=es&q=buz%C3%B3n%20lleno",
  "/api/search?lang=vi&q=h%E1%BB%99p%20th%C6%B0%20%C4%91%E1%BA%A7y", "/api/search?lang=vi&q=hop%20thu%20day",
  "/api/search?lang=pt&q=autentica%C3%A7%C3%A3o%20bem-sucedida", "/api/search?lang=ja&q=%E8%AA%8D%E8%A8%BC%E3%81%8C%E5%BF%85%E8%A6%81",
  "/api/search?lang=zh&q=%E8%AE%A4%E8%AF%81%E6%88%90%E5%8A%9F", "/api/search?lang=en&q=too%20many%20recipients",
}
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
