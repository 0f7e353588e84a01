package io.argowf.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.AnnotationSpec;
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
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the JSON bindings of the model classes: per class an {@code XReader} (a {@code ModelReader} that fills
 * {@code X.Builder} with a switch on field names) and an {@code XWriter} (a {@code ModelWriter} that calls the
 * accessors in field order), and {@code ModelReaders} and {@code ModelWriters}, which pick one by class name, so
 * that no model class is loaded before a document has it.
 */
final class BindingsWriter {
  static final String PACKAGE = Naming.MODEL + ".internal.bind";

  /**
   * Argo's AnyString fields (Go type {@code AnyString}; the schema says only {@code string}): numbers and booleans
   * are text there, and a list or map is kept among the unknown fields.
   */
  private static final Map<String, Set<String>> ANY_STRING = Map.of(
      Definitions.ARGO + "Parameter", Set.of("value", "default", "enum"),
      Definitions.ARGO + "ValueFrom", Set.of("default"));

  private static final ClassName BASE = ClassName.get(PACKAGE, "ModelReader");
  private static final ClassName READERS = ClassName.get(PACKAGE, "ModelReaders");
  private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");
  private static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
  private static final ClassName TYPE_FACTORY = ClassName.get("com.fasterxml.jackson.databind.type", "TypeFactory");
  private static final ClassName DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName CONFIG = ClassName.get("com.fasterxml.jackson.databind", "DeserializationConfig");
  private static final ClassName BEAN_DESCRIPTION = ClassName.get("com.fasterxml.jackson.databind", "BeanDescription");
  private static final ClassName SERIALIZABLE_STRING = ClassName.get("com.fasterxml.jackson.core", "SerializableString");
  private static final ClassName WRITER_BASE = ClassName.get(PACKAGE, "ModelWriter");
  private static final ClassName WRITERS = ClassName.get(PACKAGE, "ModelWriters");
  private static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName PROVIDER = ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  private static final ClassName SIMPLE_DESERIALIZERS = ClassName.get("com.fasterxml.jackson.databind.module", "SimpleDeserializers");
  private static final ClassName MAP = ClassName.get(Map.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName WILDCARD = com.squareup.javapoet.WildcardTypeName.subtypeOf(Object.class);
  private static final ClassName IO_EXCEPTION = ClassName.get(java.io.IOException.class);

  private final Definitions defs;
  private final ModelGenerator gen;

  BindingsWriter(Definitions defs, ModelGenerator gen) {
    this.defs = defs;
    this.gen = gen;
  }

  /** The reader of one definition. */
  JavaFile reader(String name) {
    ClassName model = Naming.className(name);
    ClassName builder = model.nestedClass("Builder");
    Set<String> anyString = ANY_STRING.getOrDefault(name, Set.of());
    Map<String, JsonNode> props = gen.properties(name, defs.kept.get(name));
    boolean deprecated = !defs.removedInV4.getOrDefault(name, Map.of()).isEmpty();

    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (field)");
    CodeBlock.Builder types = CodeBlock.builder().beginControlFlow("switch (slot)");
    CodeBlock.Builder starts = CodeBlock.builder().beginControlFlow("switch (slot)");
    CodeBlock.Builder adds = CodeBlock.builder().beginControlFlow("switch (slot)");
    if (props.size() > 64) throw new IllegalStateException(name + " has " + props.size() + " fields: ModelReader tracks 64");
    boolean casts = false;
    int indexed = 0;
    int ordinal = 0;
    for (Map.Entry<String, JsonNode> prop : props.entrySet()) {
      String json = prop.getKey();
      String setter = Naming.accessor(json);
      TypeName javaType = gen.javaType(prop.getValue());
      cases.add("case $S:\n", json).indent();
      if (javaType.equals(Naming.JSON_NODE)) {
        cases.addStatement("b.$L(tree(p, c))", setter);
      } else if (anyString.contains(json) && javaType instanceof ParameterizedTypeName) {
        cases.addStatement("b.$L(anyStrings(p, c))", setter);
      } else if (anyString.contains(json)) {
        cases.addStatement("if (isContainer(p)) b.putUnknownFields($S, tree(p, c))", json);
        cases.addStatement("else b.$L(anyString(p, c))", setter);
      } else {
        boolean isMap = javaType instanceof ParameterizedTypeName pt && pt.rawType.equals(MAP);
        boolean isList = javaType instanceof ParameterizedTypeName pt && pt.rawType.equals(LIST);
        if (isMap) {
          checkNoNestedMap(name, json, ((ParameterizedTypeName) javaType).typeArguments.get(1));
          cases.addStatement("b.$L(map($L, p, c))", setter, indexed);
        } else if (isList) {
          TypeName element = ((ParameterizedTypeName) javaType).typeArguments.get(0);
          checkNoNestedMap(name, json, element);
          casts |= element instanceof ParameterizedTypeName;
          cases.addStatement("list(b, $L, p, c)", indexed);
          starts.addStatement("case $L: b.$L($T.of()); break", indexed, setter, List.class);
          adds.addStatement("case $L: b.add$L(($T) element); break", indexed, capitalize(setter), element);
        } else {
          checkNoNestedMap(name, json, javaType);
          casts |= javaType instanceof ParameterizedTypeName;
          cases.addStatement("b.$L(($T) value($L, p, c))", setter, javaType, indexed);
        }
        types.addStatement("case $L: return $L", indexed, javaTypeCode(javaType));
        indexed++;
      }
      cases.addStatement("return $L", ordinal++).unindent();
    }
    cases.add("default:\n").indent().addStatement("return -1").unindent().endControlFlow();
    types.add("default:\n").indent()
        .addStatement("throw new $T(\"no slot \" + slot)", IndexOutOfBoundsException.class).unindent().endControlFlow();
    for (CodeBlock.Builder b : List.of(starts, adds)) {
      b.add("default:\n").indent()
          .addStatement("throw new $T(\"no list in slot \" + slot)", IndexOutOfBoundsException.class).unindent().endControlFlow();
    }
    MethodSpec.Builder start = MethodSpec.methodBuilder("startList").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
        .addParameter(builder, "b").addParameter(int.class, "slot").addCode(starts.build());
    MethodSpec.Builder add = MethodSpec.methodBuilder("add").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
        .addParameter(builder, "b").addParameter(int.class, "slot").addParameter(Object.class, "element").addCode(adds.build());
    List<String> addWarnings = new ArrayList<>();
    if (casts) addWarnings.add("unchecked");
    if (deprecated) addWarnings.add("deprecation");
    if (!addWarnings.isEmpty()) {
      start.addAnnotation(suppress(addWarnings));
      add.addAnnotation(suppress(addWarnings));
    }

    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(int.class)
        .addParameter(builder, "b")
        .addParameter(String.class, "field")
        .addParameter(PARSER, "p")
        .addParameter(CONTEXT, "c")
        .addException(IO_EXCEPTION)
        .addCode(cases.build());
    List<String> suppressed = new ArrayList<>();
    if (casts) suppressed.add("unchecked");
    if (deprecated) suppressed.add("deprecation");
    if (!suppressed.isEmpty()) read.addAnnotation(suppress(suppressed));

    ClassName reader = ClassName.get(PACKAGE, model.simpleName() + "Reader");
    TypeSpec t = TypeSpec.classBuilder(reader)
        .addJavadoc("Reads {@link $T} into its builder.\n", model)
        .addModifiers(Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(BASE, model, builder))
        .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class, $L)", model, indexed).build())
        .addMethod(MethodSpec.methodBuilder("builder").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
            .returns(builder).addStatement("return $T.builder()", model).build())
        .addMethod(MethodSpec.methodBuilder("build").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
            .returns(model).addParameter(builder, "b").addStatement("return b.build()").build())
        .addMethod(read.build())
        .addMethod(start.build())
        .addMethod(add.build())
        .addMethod(MethodSpec.methodBuilder("unknown").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
            .addParameter(builder, "b").addParameter(String.class, "field").addParameter(Naming.JSON_NODE, "value")
            .addStatement("b.putUnknownFields(field, value)").build())
        .addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
            .returns(JAVA_TYPE).addParameter(TYPE_FACTORY, "t").addParameter(int.class, "slot")
            .addCode(types.build()).build())
        .build();
    return JavaFile.builder(PACKAGE, t).addFileComment(ModelGenerator.HEADER).skipJavaLangImports(true).indent("  ").build();
  }

  /** The writer of one definition. */
  JavaFile writer(String name) {
    ClassName model = Naming.className(name);
    String simple = name.substring(name.lastIndexOf('.') + 1);
    String[] kind = ModelGenerator.KINDS.get(name);
    Map<String, JsonNode> props = gen.properties(name, defs.kept.get(name));
    boolean deprecated = !defs.removedInV4.getOrDefault(name, Map.of()).isEmpty();
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock.Builder types = CodeBlock.builder().beginControlFlow("switch (field)");
    CodeBlock.Builder getters = CodeBlock.builder().beginControlFlow("switch (field)");
    List<String> fields = ModelGenerator.order(simple, props.keySet(), kind != null);
    List<FieldSpec> names = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String json = fields.get(i);
      TypeName javaType = gen.javaType(props.get(json));
      String accessor = Naming.accessor(json);
      String constant = constantName(json);
      names.add(FieldSpec.builder(SERIALIZABLE_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("name($S)", json).build());
      getters.addStatement("case $L: return v.$L()", i, accessor);
      if (kind != null && (json.equals("apiVersion") || json.equals("kind"))) {
        body.addStatement("string($L, v.$L() != null || !root ? v.$L() : $S, g)", constant, accessor, accessor,
            json.equals("kind") ? kind[1] : kind[0]);
      } else if (javaType.equals(STRING)) {
        body.addStatement("string($L, v.$L(), g)", constant, accessor);
      } else if (javaType.equals(Naming.JSON_NODE)) {
        body.addStatement("tree($L, v.$L(), g, p)", constant, accessor);
      } else {
        body.addStatement("value($L, $L, v.$L(), g, p)", constant, i, accessor);
        types.addStatement("case $L: return $L", i, javaTypeCode(javaType));
      }
    }
    types.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    getters.add("default:\n").indent()
        .addStatement("throw new $T(\"no field \" + field)", IndexOutOfBoundsException.class).unindent().endControlFlow();
    MethodSpec.Builder write = MethodSpec.methodBuilder("fields").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
        .addParameter(model, "v").addParameter(boolean.class, "root").addParameter(GENERATOR, "g").addParameter(PROVIDER, "p")
        .addException(IO_EXCEPTION).addCode(body.build());
    MethodSpec.Builder get = MethodSpec.methodBuilder("get").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(Object.class).addParameter(model, "v").addParameter(int.class, "field").addCode(getters.build());
    if (deprecated) {
      write.addAnnotation(suppress(List.of("deprecation")));
      get.addAnnotation(suppress(List.of("deprecation")));
    }
    ClassName writer = ClassName.get(PACKAGE, model.simpleName() + "Writer");
    TypeSpec t = TypeSpec.classBuilder(writer)
        .addJavadoc("Writes {@link $T} in its field order.\n", model)
        .addModifiers(Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(WRITER_BASE, model))
        .addFields(names)
        .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class$L)", model, strings(fields)).build())
        .addMethod(write.build())
        .addMethod(get.build())
        .addMethod(MethodSpec.methodBuilder("unknownFields").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(MAP, STRING, Naming.JSON_NODE)).addParameter(model, "v")
            .addStatement("return v.unknownFields()").build())
        .addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class).addModifiers(Modifier.PROTECTED)
            .returns(JAVA_TYPE).addParameter(TYPE_FACTORY, "t").addParameter(int.class, "field")
            .addCode(types.build()).build())
        .build();
    return JavaFile.builder(PACKAGE, t).addFileComment(ModelGenerator.HEADER).skipJavaLangImports(true).indent("  ").build();
  }

  /** {@code ModelWriters}: model class name to a new writer. */
  JavaFile writers(List<String> names) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (className)");
    for (String name : names) {
      ClassName model = Naming.className(name);
      cases.add("case $S:\n", model.canonicalName()).indent()
          .addStatement("return new $T()", ClassName.get(PACKAGE, model.simpleName() + "Writer")).unindent();
    }
    cases.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    TypeName anyWriter = ParameterizedTypeName.get(WRITER_BASE, WILDCARD);
    TypeSpec t = TypeSpec.classBuilder(WRITERS)
        .addJavadoc("The writers of the generated model classes, for {@code ModelSerializerFactory}:\n\n"
            + "<pre>{@code\nModelWriter<?> w = ModelWriters.forName(\"io.argowf.model.workflow.Workflow\");\n}</pre>\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("forName")
            .addJavadoc("A new writer of the generated model class of this name (no class is loaded to find out).\n\n"
                + "@return the writer, or null when the class is not a generated model class\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(anyWriter).addParameter(String.class, "className")
            .addStatement("return ($T) create(className)", anyWriter).build())
        .addMethod(create(cases.build()))
        .build();
    return JavaFile.builder(PACKAGE, t).addFileComment(ModelGenerator.HEADER).skipJavaLangImports(true).indent("  ").build();
  }

  /** {@code ModelReaders}: model class name to a new reader. */
  JavaFile readers(List<String> names) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (className)");
    for (String name : names) {
      ClassName model = Naming.className(name);
      cases.add("case $S:\n", model.canonicalName()).indent()
          .addStatement("return new $T()", ClassName.get(PACKAGE, model.simpleName() + "Reader")).unindent();
    }
    cases.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    TypeName anyReader = ParameterizedTypeName.get(BASE, WILDCARD, WILDCARD);
    TypeSpec t = TypeSpec.classBuilder(READERS)
        .addJavadoc("The readers of the generated model classes, for a Jackson module:\n\n"
            + "<pre>{@code\nSimpleModule readers = new SimpleModule(\"argowf-model-readers\");\nreaders.setDeserializers(new ModelReaders());\n}</pre>\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(SIMPLE_DESERIALIZERS)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("1L").build())
        .addMethod(MethodSpec.methodBuilder("forName")
            .addJavadoc("A new reader of the generated model class of this name (no class is loaded to find out).\n\n"
                + "@return the reader, or null when the class is not a generated model class\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(anyReader).addParameter(String.class, "className")
            .addStatement("return ($T) create(className)", anyReader).build())
        .addMethod(create(cases.build()))
        .addMethod(MethodSpec.methodBuilder("findBeanDeserializer").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(DESERIALIZER, WILDCARD))
            .addParameter(JAVA_TYPE, "type").addParameter(CONFIG, "config").addParameter(BEAN_DESCRIPTION, "description")
            .addException(ClassName.get("com.fasterxml.jackson.databind", "JsonMappingException"))
            .addStatement("$T reader = forName(type.getRawClass().getName())", anyReader)
            .addStatement("return reader != null ? reader : super.findBeanDeserializer(type, config, description)")
            .build())
        .build();
    return JavaFile.builder(PACKAGE, t).addFileComment(ModelGenerator.HEADER).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * A map below a list or another map would be read by Jackson's map deserializer, which does not refuse a key given
   * twice; {@code ModelReader.map} does, so the model must not have one.
   */
  private static void checkNoNestedMap(String definition, String field, TypeName type) {
    if (!(type instanceof ParameterizedTypeName p)) return;
    if (p.rawType.equals(MAP)) {
      throw new IllegalStateException(definition + "." + field + " nests a map: ModelReader cannot check its keys");
    }
    p.typeArguments.forEach(a -> checkNoNestedMap(definition, field, a));
  }

  /** Code that makes the Jackson type of a generated field's Java type, from a {@code TypeFactory t}. */
  private static CodeBlock javaTypeCode(TypeName type) {
    if (type instanceof ParameterizedTypeName p) {
      if (p.rawType.equals(ClassName.get(List.class))) {
        return CodeBlock.of("t.constructCollectionType($T.class, $L)", List.class, javaTypeCode(p.typeArguments.get(0)));
      }
      return CodeBlock.of("t.constructMapType($T.class, $L, $L)", Map.class, javaTypeCode(p.typeArguments.get(0)),
          javaTypeCode(p.typeArguments.get(1)));
    }
    return CodeBlock.of("t.constructType($T.class)", type);
  }

  /**
   * The switch that makes a binding, typed {@code Object}: a method returning the bindings' base type would make the
   * JVM's verifier load every binding class named in it to check that it is one.
   */
  private static MethodSpec create(CodeBlock cases) {
    return MethodSpec.methodBuilder("create").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class).addParameter(String.class, "className").addCode(cases).build();
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** {@code podSpecPatch} → {@code POD_SPEC_PATCH}. */
  private static String constantName(String json) {
    return json.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  /** {@code , "a", "b"} for a constructor's varargs. */
  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder();
    values.forEach(v -> b.add(", $S", v));
    return b.build();
  }

  private static AnnotationSpec suppress(List<String> warnings) {
    CodeBlock.Builder v = CodeBlock.builder().add(warnings.size() == 1 ? "" : "{");
    for (int i = 0; i < warnings.size(); i++) v.add(i == 0 ? "$S" : ", $S", warnings.get(i));
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", v.add(warnings.size() == 1 ? "" : "}").build()).build();
  }
}
