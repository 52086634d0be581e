-- Takes one token from a client's bucket if it has one, atomically, on Redis's clock.
-- KEYS[1]  the client's bucket: a hash with the fields 'tokens' and 'updated' (microseconds)
-- ARGV[1]  bucket capacity in tokens
-- ARGV[2]  microseconds it takes to refill one token
-- Returns {1, 0} when a token was taken, or {0, wait} with the microseconds until one is free.
local capacity = tonumber(ARGV[1])
local refill = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1]) or capacity
local updated = tonumber(state[2]) or now
if now > updated then
	tokens = math.min(capacity, tokens + (now - updated) / refill)
end
local allowed = 0
local wait = 0
if tokens >= 1 then
	tokens = tokens - 1
	allowed = 1
else
	wait = math.ceil((1 - tokens) * refill)
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'updated', string.format('%.0f', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * refill / 1000) + 1000)
return {allowed, wait}
