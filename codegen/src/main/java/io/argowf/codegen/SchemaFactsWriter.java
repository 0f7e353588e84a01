package io.argowf.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code SchemaFacts}: required fields, v3.5-only and v4-only fields per model class (by name). */
final class SchemaFactsWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName MAP = ClassName.get(Map.class);
  /** Keyed by class name, so that reading the facts loads no model class. */
  private static final TypeName CLASS = ClassName.get(String.class);
  private static final TypeName STRINGS = ParameterizedTypeName.get(LIST, ClassName.get(String.class));

  private SchemaFactsWriter() {}

  static JavaFile write(Definitions defs, ModelGenerator gen) {
    CodeBlock.Builder required = CodeBlock.builder();
    CodeBlock.Builder removed = CodeBlock.builder();
    CodeBlock.Builder added = CodeBlock.builder();
    defs.kept.forEach((name, def) -> {
      if (Naming.isHandWritten(name) || name.endsWith(".FieldsV1")) return;
      ClassName type = Naming.className(name);
      List<String> req = new ArrayList<>();
      def.path("required").forEach(r -> req.add(r.asText()));
      if (!req.isEmpty()) required.addStatement("required.put($S, $L)", type.canonicalName(), strings(req));
      List<String> gone = new ArrayList<>(defs.removedInV4.getOrDefault(name, Map.of()).keySet());
      if (!gone.isEmpty()) removed.addStatement("removed.put($S, $L)", type.canonicalName(), strings(gone));
      List<String> fresh = defs.addedInV4.getOrDefault(name, List.of());
      if (!fresh.isEmpty()) added.addStatement("added.put($S, $L)", type.canonicalName(), strings(fresh));
    });
    TypeName byClass = ParameterizedTypeName.get(MAP, CLASS, STRINGS);
    ClassName facts = ClassName.get(Naming.MODEL + ".internal", "SchemaFacts");
    TypeSpec t = TypeSpec.classBuilder(facts)
        .addJavadoc("Facts from the schema that types alone don't carry, for {@code Lint}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(FieldSpec.builder(byClass, "REQUIRED", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Model class name to the JSON names of the fields the schema requires.\n").initializer("required()").build())
        .addField(FieldSpec.builder(byClass, "REMOVED_IN_V4", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Model class name to the JSON names of fields Argo v3.5 had and v4 removed.\n").initializer("removed()").build())
        .addField(FieldSpec.builder(byClass, "ADDED_IN_V4", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Model class name to the JSON names of fields Argo v4 has and v3.5 lacked.\n").initializer("added()").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(factory("required", byClass, required.build()))
        .addMethod(factory("removed", byClass, removed.build()))
        .addMethod(factory("added", byClass, added.build()))
        .build();
    return JavaFile.builder(facts.packageName(), t).addFileComment(ModelGenerator.HEADER).indent("  ").build();
  }

  private static MethodSpec factory(String name, TypeName type, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addStatement("$T $L = new $T<>()", type, name, java.util.HashMap.class)
        .addCode(body)
        .addStatement("return $T.copyOf($L)", MAP, name)
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < values.size(); i++) b.add(i == 0 ? "$S" : ", $S", values.get(i));
    return b.add(")").build();
  }
}
