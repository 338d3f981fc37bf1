-- One database per subgraph: a subgraph never reads another's tables.
CREATE DATABASE IF NOT EXISTS customer_relationship CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS rep_performance CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS reporting CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'customer_relationship'@'%' IDENTIFIED BY 'customer_relationship';
CREATE USER IF NOT EXISTS 'rep_performance'@'%' IDENTIFIED BY 'rep_performance';
CREATE USER IF NOT EXISTS 'reporting'@'%' IDENTIFIED BY 'reporting';
GRANT ALL ON customer_relationship.* TO 'customer_relationship'@'%';
GRANT ALL ON rep_performance.* TO 'rep_performance'@'%';
GRANT ALL ON reporting.* TO 'reporting'@'%';
