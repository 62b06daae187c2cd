-- wrk script: the route requests of routes.lua, paced: each connection waits PACE_MS between
-- requests (wrk's delay()), so that C connections send at most C * 1000 / PACE_MS requests per
-- second, whatever the server's speed.
local base = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(base .. "routes.lua")
local pace = tonumber(os.getenv("PACE_MS") or "10")

delay = function()
  return pace
end
