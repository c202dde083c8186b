CLUSTER orders USING orders_pkey;
VACUUM FULL orders;
VACUUM orders;
