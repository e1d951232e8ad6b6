/**
 * The app put together: the JAX-RS applications (the API, the pages) with the resources each
 * serves, and the role table /openapi shows. The one package that knows every feature.
 */
package org.alshub.app;
