/** The JLine terminal front end: thin adapters from JLine's SPIs to the engine's {@code Session}. */
package org.ec2tutor.repl;
