-- Appends one turn to a conversation atomically, then trims and refreshes its expiry.
-- KEYS[1]  the conversation's list of turns, oldest first, each a JSON object
-- ARGV[1]  the new turn as JSON
-- ARGV[2]  the new turn's messageId: a turn already stored with this id is not stored again
-- ARGV[3]  maximum number of turns kept
-- ARGV[4]  maximum number of bytes kept, counting the JSON of every turn
-- ARGV[5]  idle expiry in milliseconds
-- Returns the number of turns kept, or 0 when the turn was already stored.
-- The oldest turns are dropped first; the new turn is always kept.
local key = KEYS[1]
local max_turns = tonumber(ARGV[3])
local max_bytes = tonumber(ARGV[4])
local stored = redis.call('LRANGE', key, 0, -1)
local bytes = string.len(ARGV[1])
for _, turn in ipairs(stored) do
	local ok, decoded = pcall(cjson.decode, turn)
	if ok and type(decoded) == 'table' and decoded['messageId'] == ARGV[2] then
		redis.call('PEXPIRE', key, ARGV[5])
		return 0
	end
	bytes = bytes + string.len(turn)
end
local count = redis.call('RPUSH', key, ARGV[1])
while count > 1 and (count > max_turns or bytes > max_bytes) do
	local dropped = redis.call('LPOP', key)
	bytes = bytes - string.len(dropped)
	count = count - 1
end
redis.call('PEXPIRE', key, ARGV[5])
return count
