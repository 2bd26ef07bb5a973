/**
 * The JLine terminal front end of ec2-tutor. Empty until the session/REPL issue: it will hold thin adapters
 * (line reader, completer, highlighter, event printer) over the engine's {@code Session}.
 */
package org.ec2tutor.repl;
