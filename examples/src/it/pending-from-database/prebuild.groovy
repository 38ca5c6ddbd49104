// Starts PostgreSQL 18, creates the role the settings.xml server names (password authentication on), applies
// V1 and V2 with Flyway, and writes the port into the POM. verify.groovy stops the server (a shutdown hook too).
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import org.flywaydb.core.Flyway

def password = 'It-Db-Secret-7'
def hba = new File(basedir, 'target/pg_hba.conf')
hba.parentFile.mkdirs()
hba.text = '''local all all trust
host all postgres 127.0.0.1/32 trust
host all postgres ::1/128 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
'''
def postgres = EmbeddedPostgres.builder().setServerConfig('hba_file', hba.absolutePath).start()
System.properties.put('migration-guard.it.postgres', postgres)
Runtime.runtime.addShutdownHook(new Thread({ postgres.close() }))

postgres.postgresDatabase.connection.withCloseable { c ->
    c.createStatement().withCloseable { st ->
        st.execute("CREATE ROLE app LOGIN PASSWORD '" + password + "'")
        st.execute('CREATE DATABASE shop OWNER app')
    }
}
def url = "jdbc:postgresql://localhost:${postgres.port}/shop"
Flyway.configure(Flyway.classLoader).dataSource(url, 'app', password)
        .locations('filesystem:' + new File(basedir, 'src/main/resources/db/migration').absolutePath)
        .target('2').load().migrate()

def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('PG_PORT', String.valueOf(postgres.port))
true // the hook succeeded
