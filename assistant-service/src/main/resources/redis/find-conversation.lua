-- Returns a conversation's turns, oldest first, and refreshes its idle expiry.
-- KEYS[1]  the conversation's list of turns
-- ARGV[1]  idle expiry in milliseconds
-- Returns an empty array when the conversation does not exist or has expired.
local turns = redis.call('LRANGE', KEYS[1], 0, -1)
if #turns > 0 then
	redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return turns
