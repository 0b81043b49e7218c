import { readFileSync } from 'node:fs';
import { buildASTSchema, concatAST, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accountViewFor, bankFieldRegistry, fieldsMissingBankFields } from '../../src/graphql/account-field-sets.js';
import { withoutInternalDirectives } from '../../src/graphql/schema-directives.js';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';

/** Step 1 of the checklist, as the docs write it: `extend type Account { openedDate: Date @bankFields(view: M) }`. */
const docs = readFileSync(new URL('../../docs/adding-a-bank-field.md', import.meta.url), 'utf8');
const docsSample = /```graphql\n([\s\S]*?)```/.exec(docs)![1]!.replace(/^ {3}/gm, '');

/** The schema with one more field. */
function withField(type: string, field: string): DocumentNode {
  return concatAST([typeDefs, parse(`extend type ${type} {\n  """\n  A sample field.\n  """\n  ${field}\n}`)]);
}

function viewFor(sdl: DocumentNode, query: string) {
  return accountViewFor(bankFieldRegistry(sdl), buildASTSchema(sdl), parse(query));
}

describe('@bankFields, the field registry of the bank account', () => {
  it('is on every field of Account and of the types that slice the bank account', () => {
    expect(fieldsMissingBankFields(typeDefs)).toEqual([]);
    const registry = bankFieldRegistry(typeDefs);
    expect([...registry.keys()].sort()).toEqual(
      ['Account', 'AccountBalance', 'AccountCertificate', 'AccountInterest', 'AccountLoan', 'LoanPayment'],
    );
    expect(registry.get('Account')!.get('micrNumber')).toEqual({ view: 'FULL', additional: false });
    expect(registry.get('Account')!.get('ownership')).toEqual({ view: 'S', additional: true });
  });

  it("names the docs' sample field when it lacks it, and the gateway refuses to start", () => {
    const sdl = concatAST([typeDefs, parse(docsSample.replace(/ @bankFields\([^)]*\)/, ''))]);
    expect(fieldsMissingBankFields(sdl)).toEqual(['Account.openedDate']);
    expect(() => bankFieldRegistry(sdl)).toThrow(/No @bankFields directive on Account\.openedDate.*adding-a-bank-field\.md/);
  });

  it('names a new field of a sub-object that lacks it', () => {
    expect(fieldsMissingBankFields(withField('AccountLoan', 'sample: Date'))).toEqual(['AccountLoan.sample']);
  });

  it("computes the view from the docs' sample field, which carries it", () => {
    const medium = concatAST([typeDefs, parse(docsSample)]);
    expect(viewFor(medium, '{ viewer { accounts { id openedDate } } }')).toEqual({ viewName: 'm', additionalFields: false });
    expect(viewFor(medium, '{ viewer { accounts { id } } }')).toEqual({ viewName: 's', additionalFields: false });

    const full = withField('Account', 'openedDate: Date @bankFields(view: FULL, additional: true)');
    expect(viewFor(full, '{ viewer { accounts { openedDate } } }')).toEqual({ viewName: undefined, additionalFields: true });
  });

  it('takes the largest set over nested slices, fragments and every account field of the document', () => {
    const query = `{ viewer { accounts { balance { current { amount } } ...L } account(id: "x") { __typename } } }
      fragment L on Account { loan { nextPayment { dueDate } term { duration } } }`;
    expect(viewFor(typeDefs, query)).toEqual({ viewName: 'm', additionalFields: false });
  });

  it('is not served: the schema clients see has neither the directive nor its enum', () => {
    const served = buildASTSchema(withoutInternalDirectives(typeDefs));
    expect(served.getDirective('bankFields')).toBeUndefined();
    expect(served.getType('BankView')).toBeUndefined();
    expect(served.getDirective('specifiedBy')).toBeDefined();
  });
});
