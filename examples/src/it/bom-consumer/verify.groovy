// the consumer built, ran, and wrote the workflow
def yaml = new File(basedir, 'target/consumer.yaml').text
assert yaml.contains('generateName: consumer-')
assert yaml.contains('from a consumer')
