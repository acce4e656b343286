import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

/** The contexts a workflow expression may name, as plain values (github, env, steps, needs, …). */
export type ExpressionContexts = Record<string, unknown>;

const CONTEXT_NAMES = ['github', 'env', 'secrets', 'vars', 'inputs', 'steps', 'needs', 'jobs'];

/** Plain values as GitHub's expression evaluator holds them. */
export function expressionData(contexts: ExpressionContexts): data.Dictionary {
  return JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
}

/**
 * A workflow value as the runner passes it to a step: every `${{ … }}` evaluated by GitHub's own
 * expression evaluator (@actions/expressions) and coerced to a string.
 */
export function evaluateExpressions(value: unknown, context: data.Dictionary): string {
  return String(value).replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    const { tokens } = new Lexer(expression.trim()).lex();
    const parsed = new Parser(tokens, CONTEXT_NAMES, []).parse();
    return new Evaluator(parsed, context).evaluate().coerceString();
  });
}
