-- Undo V001: drop orders.channel (the recorded channels are lost).
SET lock_timeout = '3s';

ALTER TABLE orders DROP COLUMN channel;
