package io.argowf.model.internal;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string Kubernetes' YAML 1.1 reader would otherwise take for something else: besides what
 * Jackson already quotes, {@code 0x1F}, {@code 1e3}, {@code 1_000}, {@code .inf}, {@code 0o17} and dates.
 */
final class KubeQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value)
        || !YamlTreeReader.resolvePlain(value).isTextual()
        || (value.length() >= 8 && value.charAt(4) == '-' && value.charAt(0) >= '0' && value.charAt(0) <= '9'
            && DATE.matcher(value).matches());
  }
}
