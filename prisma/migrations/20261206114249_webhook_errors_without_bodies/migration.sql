-- Failed webhook calls used to keep up to 200 characters of the receiver's answer in last_error,
-- shown to everyone who reads the delivery history. Keep only the status ("HTTP 503"): a
-- receiver's body may echo internal detail, and Kensa no longer stores it.
UPDATE alert_deliveries
SET last_error = substring(last_error FROM '^HTTP [0-9]{3}')
WHERE channel = 'webhook' AND last_error ~ '^HTTP [0-9]{3}: ';
