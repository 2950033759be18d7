/**
 * The core contract (schema/core-contract.graphql, a copy of the public
 * spec) must stay served: every type, field, argument and enum value, with the
 * same type and nullability. graphql's findBreakingChanges catches removals
 * and narrowings; it calls a nullable field becoming non-null "safe", but the
 * contract fixes nullability exactly, so types are also compared as strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

export const CONTRACT_FILE = join(__dirname, '..', '..', 'schema', 'core-contract.graphql');

export function loadContractSchema(file: string = CONTRACT_FILE): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readFileSync(file, 'utf8') });
}

/** Every way `served` falls short of `contract`, one readable line each; empty when it keeps the whole contract. */
export function findContractViolations(contract: GraphQLSchema, served: GraphQLSchema): string[] {
  const violations = findBreakingChanges(contract, served).map((change) => `${change.type}: ${change.description}`);
  for (const contractType of Object.values(contract.getTypeMap())) {
    if (contractType.name.startsWith('__')) continue;
    const servedType = served.getType(contractType.name);
    if (!servedType) continue; // findBreakingChanges reports it
    violations.push(...compareFields(contractType, servedType));
  }
  return [...new Set(violations)];
}

function compareFields(contractType: GraphQLNamedType, servedType: GraphQLNamedType): string[] {
  const out: string[] = [];
  if (isObjectType(contractType) || isInterfaceType(contractType)) {
    if (!isObjectType(servedType) && !isInterfaceType(servedType)) return out;
    const servedFields = servedType.getFields();
    for (const field of Object.values(contractType.getFields()) as GraphQLField<unknown, unknown>[]) {
      const servedField = servedFields[field.name];
      if (!servedField) {
        out.push(`${contractType.name}.${field.name} is missing`);
        continue;
      }
      if (String(servedField.type) !== String(field.type)) {
        out.push(`${contractType.name}.${field.name} is ${String(servedField.type)}, the contract says ${String(field.type)}`);
      }
      for (const arg of field.args) {
        const servedArg = servedField.args.find((a) => a.name === arg.name);
        if (!servedArg) out.push(`${contractType.name}.${field.name}(${arg.name}:) is missing`);
        else if (String(servedArg.type) !== String(arg.type)) {
          out.push(`${contractType.name}.${field.name}(${arg.name}:) is ${String(servedArg.type)}, the contract says ${String(arg.type)}`);
        }
      }
    }
    if (isObjectType(contractType) || isInterfaceType(contractType)) {
      const servedInterfaces = new Set(servedType.getInterfaces().map((i) => i.name));
      for (const iface of contractType.getInterfaces()) {
        if (!servedInterfaces.has(iface.name)) out.push(`${contractType.name} does not implement ${iface.name}`);
      }
    }
  } else if (isInputObjectType(contractType) && isInputObjectType(servedType)) {
    const servedFields = servedType.getFields();
    for (const field of Object.values(contractType.getFields())) {
      const servedField = servedFields[field.name];
      if (!servedField) out.push(`${contractType.name}.${field.name} is missing`);
      else if (String(servedField.type) !== String(field.type)) {
        out.push(`${contractType.name}.${field.name} is ${String(servedField.type)}, the contract says ${String(field.type)}`);
      }
    }
  } else if (isEnumType(contractType) && isEnumType(servedType)) {
    const servedValues = new Set(servedType.getValues().map((v) => v.name));
    for (const value of contractType.getValues()) {
      if (!servedValues.has(value.name)) out.push(`${contractType.name}.${value.name} is missing`);
    }
  }
  return out;
}

/** Throws, listing every violation, when `served` does not keep the contract: the server must not start with a broken API. */
export function assertServesContract(served: GraphQLSchema, contract: GraphQLSchema = loadContractSchema()): void {
  const violations = findContractViolations(contract, served);
  if (violations.length > 0) {
    throw new Error(`the served schema breaks the core contract (${CONTRACT_FILE}):\n  ${violations.join('\n  ')}`);
  }
}
