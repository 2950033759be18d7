/**
 * The served schema keeps the whole public contract (schema/core-contract.graphql,
 * a copy of shared/spec/core-schema.graphql), and the checker that guards it at
 * startup notices when it does not.
 */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import { schema } from '../../src/schema';
import { assertServesContract, CONTRACT_FILE, findContractViolations, loadContractSchema } from '../../src/schema/contract-violations';

const contractSdl = readFileSync(CONTRACT_FILE, 'utf8');

function typeString(node: any): string {
  if (node.kind === 'NonNullType') return `${typeString(node.type)}!`;
  if (node.kind === 'ListType') return `[${typeString(node.type)}]`;
  return node.name.value;
}

describe('the core contract', () => {
  it('is served field by field and argument by argument, with the same type strings', () => {
    // Parsed independently of the checker: every field/arg of the contract AST against the served schema.
    const mismatches: string[] = [];
    let checked = 0;
    for (const def of parse(contractSdl).definitions) {
      if (!('name' in def) || !def.name || !('fields' in def) || !def.fields) continue;
      const served = schema.getType(def.name.value);
      if (!served || !(isObjectType(served) || isInterfaceType(served) || isInputObjectType(served))) {
        mismatches.push(`${def.name.value} missing`);
        continue;
      }
      const fields = served.getFields() as Record<string, { type: unknown; args?: { name: string; type: unknown }[] }>;
      for (const field of def.fields) {
        checked++;
        const servedField = fields[field.name.value];
        if (!servedField) {
          mismatches.push(`${def.name.value}.${field.name.value} missing`);
          continue;
        }
        if (String(servedField.type) !== typeString(field.type)) {
          mismatches.push(`${def.name.value}.${field.name.value}: ${String(servedField.type)} != ${typeString(field.type)}`);
        }
        for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
          checked++;
          const servedArg = servedField.args?.find((a) => a.name === arg.name.value);
          if (!servedArg || String(servedArg.type) !== typeString(arg.type)) {
            mismatches.push(`${def.name.value}.${field.name.value}(${arg.name.value}:) ${servedArg ? String(servedArg.type) : 'missing'} != ${typeString(arg.type)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('keeps every enum value and every interface of the contract', () => {
    const contract = loadContractSchema();
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const served = schema.getType(type.name)!;
      if (isEnumType(type)) {
        expect(isEnumType(served) && served.getValues().map((v) => v.name)).toEqual(expect.arrayContaining(type.getValues().map((v) => v.name)));
      }
      if (isObjectType(type)) {
        expect(isObjectType(served) && served.getInterfaces().map((i) => i.name)).toEqual(
          expect.arrayContaining(type.getInterfaces().map((i) => i.name)),
        );
      }
    }
  });

  it('has no violations according to the startup check, which therefore lets the app start', () => {
    expect(findContractViolations(loadContractSchema(), schema)).toEqual([]);
    expect(() => assertServesContract(schema)).not.toThrow();
  });

  describe('the startup check', () => {
    // Served schemas that break the contract in one way each: the check must name the break.
    const broken: [string, (sdl: string) => string, RegExp][] = [
      ['a removed field', (sdl) => sdl.replace('  """Titles held, e.g. Secretary of State of the United States."""\n  roles: [Role!]!\n', ''), /Person\.roles/],
      ['a nullable field made non-null', (sdl) => sdl.replace('  countryCode: String\n', '  countryCode: String!\n'), /Location\.countryCode is String!/],
      ['a non-null field made nullable', (sdl) => sdl.replace('  direct: Boolean!\n', '  direct: Boolean\n'), /Quote\.direct/],
      ['an argument type changed', (sdl) => sdl.replace('search(query: String!,', 'search(query: String,'), /Query\.search\(query:\)/],
      ['a removed enum value', (sdl) => sdl.replace('  "A cease-fire, truce or cessation of hostilities."\n  CEASEFIRE\n', ''), /CEASEFIRE/],
      ['a missing totalCount', (sdl) => sdl.replace('type QuoteConnection { edges: [QuoteEdge!]! pageInfo: PageInfo! totalCount: Int! }', 'type QuoteConnection { edges: [QuoteEdge!]! pageInfo: PageInfo! }'), /QuoteConnection\.totalCount/],
    ];

    it.each(broken)('reports %s', (_what, breakIt, expected) => {
      const changed = breakIt(contractSdl);
      expect(changed).not.toBe(contractSdl);
      const served: GraphQLSchema = makeExecutableSchema({ typeDefs: changed });
      expect(() => assertServesContract(served)).toThrow(expected);
    });

    it('accepts additions: a new type, field, argument and enum value are not violations', () => {
      const extended = buildSchema(
        contractSdl
          .replace('  kind: LocationKind!\n', '  kind: LocationKind!\n  population: Int\n')
          .replace('people(first: Int, after: String)', 'people(first: Int, after: String, minSalience: Float)')
          .replace('  ELECTION\n  OTHER\n', '  ELECTION\n  PROTEST\n  OTHER\n') + '\ntype Stats { documents: Int! }\n',
      );
      expect(findContractViolations(loadContractSchema(), extended)).toEqual([]);
    });
  });
});
