/**
 * The patterns users look up, one small class each: what it shows is said in its comment and in the catalogue's
 * description ({@code argowf-examples list}). Each makes its manifests afresh with {@code manifests()}.
 */
package io.argowf.examples.patterns;
