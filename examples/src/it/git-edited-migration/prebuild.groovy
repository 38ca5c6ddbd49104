// Builds the git history the example needs: V1 and V2 on "base", then V2 edited and V3 added on "feature".
def run(String... command) {
    def process = new ProcessBuilder(command as List).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    if (process.waitFor() != 0) {
        throw new IllegalStateException("${command.join(' ')} failed: ${output}")
    }
}
def dir = new File(basedir, 'src/main/resources/db/migration')
dir.mkdirs()
def write = { String name, String text -> new File(dir, name).text = text }

run('git', 'init', '-q', '-b', 'base')
run('git', 'config', 'user.email', 'ci@example.com')
run('git', 'config', 'user.name', 'CI')
run('git', 'config', 'commit.gpgsign', 'false')
write('V1__create_customers.sql', 'CREATE TABLE customers (id bigint PRIMARY KEY);\n')
write('V2__create_orders.sql', 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);\n')
run('git', 'add', '.')
run('git', 'commit', '-q', '-m', 'base')
run('git', 'checkout', '-q', '-b', 'feature')
write('V2__create_orders.sql', 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric);\n')
write('V3__orders_total_default.sql', 'ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;\n')
run('git', 'add', '.')
run('git', 'commit', '-q', '-m', 'feature')
