-- One transaction locking every row of the table.
UPDATE orders SET status = 'open';
