-- wrk script: cycles through route requests over the built-in CPEC dataset, so that the server
-- answers many different queries (origins, destinations, dates, objectives), not one repeated.
local pairs_ = {
  {"Kashgar", "Gwadar"}, {"Kashgar", "Karachi"}, {"Kashgar", "Islamabad"}, {"Kashgar", "Jebel Ali"},
  {"Gwadar", "Kashgar"}, {"Karachi", "Lahore"}, {"Islamabad", "Gwadar"}, {"Lahore", "Kashgar"},
}
local dates = {"2025-01-15", "2025-04-01", "2025-07-01", "2025-10-15", "2026-02-01"}
local objectives = {"time", "cost", "co2", "risk"}
local counter = 0

local function encode(s)
  return (s:gsub(" ", "%%20"))
end

request = function()
  counter = counter + 1
  local p = pairs_[counter % #pairs_ + 1]
  local d = dates[math.floor(counter / #pairs_) % #dates + 1]
  local o = objectives[math.floor(counter / (#pairs_ * #dates)) % #objectives + 1]
  local path = "/api/route?from=" .. encode(p[1]) .. "&to=" .. encode(p[2]) .. "&date=" .. d .. "&objective=" .. o
  return wrk.format("GET", path)
end

-- Counts answers other than 200, which would make the throughput meaningless.
local failures = 0
response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", summary.errors.status))
end
