package io.argowf.model.expr;

import java.util.List;

/** A node of an expr-lang syntax tree; {@code start}/{@code end} are offsets into the source, for messages. */
sealed interface Node {
  int start();

  int end();

  record Literal(Object value, int start, int end) implements Node {}

  record Identifier(String name, int start, int end) implements Node {}

  /** {@code #} (name ""), {@code #index}, {@code #acc} or another named pointer inside a predicate. */
  record Pointer(String name, int start, int end) implements Node {}

  record Member(Node target, Node property, boolean optional, int start, int end) implements Node {}

  record Slice(Node target, Node from, Node to, int start, int end) implements Node {}

  /** A call of a function value: an identifier from the environment or Argo's, or a member such as {@code sprig.trim}. */
  record Call(Node callee, List<Node> arguments, int start, int end) implements Node {}

  /** A call of one of expr's builtins (predicates receive {@link Closure} arguments). */
  record Builtin(String name, List<Node> arguments, int start, int end) implements Node {}

  record Closure(Node body, int start, int end) implements Node {}

  record Unary(String operator, Node operand, int start, int end) implements Node {}

  record Binary(String operator, Node left, Node right, int start, int end) implements Node {}

  record Conditional(Node condition, Node then, Node otherwise, int start, int end) implements Node {}

  record Array(List<Node> items, int start, int end) implements Node {}

  record MapLiteral(List<Node> keys, List<Node> values, int start, int end) implements Node {}

  record Let(String name, Node value, Node body, int start, int end) implements Node {}

  record Sequence(List<Node> items, int start, int end) implements Node {}
}
