// The serial and the -T 2 build wrote the same reports in each module; failOn is inherited (orders fails)
// and overridden (billing does not); path rules apply; the last module printed the reactor-wide summary.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def files = ['report.json', 'report.sarif', 'TEST-migration-guard.xml', 'checkstyle-result.xml',
             'gl-code-quality-report.json', 'report.md']
['orders', 'billing'].each { module ->
    files.each { name ->
        def serial = new File(basedir, "$module/target/serial/$name")
        def parallel = new File(basedir, "$module/target/migration-guard/$name")
        check(serial.isFile() && parallel.isFile(), "$module wrote $name in both builds")
        check(serial.text == parallel.text, "$module/$name is the same serially and with -T 2")
    }
}

def orders = new JsonSlurper().parse(new File(basedir, 'orders/target/migration-guard/report.json'))
check(orders.findings.any { it.ruleId == 'require-concurrent-index' && it.severity == 'error' }, 'orders has its error')
def billingJunit = new XmlSlurper().parse(new File(basedir, 'billing/target/migration-guard/TEST-migration-guard.xml'))
check(billingJunit.testsuite.@failures.text() == '0', 'billing overrides failOn: no JUnit failures')
def ordersJunit = new XmlSlurper().parse(new File(basedir, 'orders/target/migration-guard/TEST-migration-guard.xml'))
check(ordersJunit.testsuite.@failures.text() != '0', 'orders inherits failOn=error: JUnit failures')

def sarif = new JsonSlurper().parse(new File(basedir, 'billing/target/migration-guard/report.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
check(uris.every { it.startsWith('billing/src/main/resources/db/migration/') }, 'SARIF paths start at the reactor root')
def billing = new JsonSlurper().parse(new File(basedir, 'billing/target/migration-guard/report.json'))
check(billing.findings.findAll { it.file.contains('V90__legacy') }.every { it.severity == 'info' },
        'the path rule makes legacy findings info')
check(billing.findings.any { it.file.contains('V90__legacy') }, 'legacy findings are still reported')

def log = new File(basedir, 'build.log').text
check(log =~ /Migration Guard reactor: 2 modules, 5 files, \d+ statements: [1-9]\d* errors/, 'the reactor-wide summary')
check(!(log =~ /(?m)^\s+at [\w.$]+\(/), 'no stack trace in the log')
