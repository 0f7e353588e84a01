package io.argowf.dsl;

import io.argowf.model.workflow.Plugin;
import io.argowf.model.workflow.Template;
import java.util.Objects;

/**
 * A template run by an executor plugin.
 *
 * <pre>{@code
 * plugin("main").call("hello", Map.of("text", message));   // plugin: {hello: {text: ...}}
 * }</pre>
 */
public final class PluginTemplate extends BaseTemplate<PluginTemplate> {
  private Plugin plugin;

  PluginTemplate(String name) {
    super(name);
  }

  /**
   * Which plugin and its configuration.
   *
   * @param plugin the plugin's key, e.g. {@code hello}
   * @param config any JSON value: maps, lists, strings, numbers
   */
  public PluginTemplate call(String plugin, Object config) {
    this.plugin = Plugin.of(Objects.requireNonNull(plugin, "plugin"), io.argowf.dsl.internal.JsonValues.tree(config));
    return this;
  }

  @Override
  Template complete(Template common) {
    return common.withPlugin(plugin);
  }
}
