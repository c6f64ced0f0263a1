/** Pages of list results and lazy iteration across all of them. */
package dev.gradiant.sdk.pagination;
