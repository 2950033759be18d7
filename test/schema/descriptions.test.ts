import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { schema } from '../../src/schema';
import { loadContractSchema } from '../../src/schema/contract-violations';

describe('schema descriptions', () => {
  it('describe every type, field, argument and enum value, so GraphiQL docs explain the whole API', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) undescribed.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name}:)`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('keep every description the core contract gives, word for word', () => {
    const contract = loadContractSchema();
    const differing: string[] = [];
    let compared = 0;
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const served = schema.getType(type.name)!;
      if (type.description) {
        compared++;
        if (served.description !== type.description) differing.push(type.name);
      }
      if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(served) || isInterfaceType(served))) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) continue;
          compared++;
          if (served.getFields()[field.name].description !== field.description) differing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type) && isEnumType(served)) {
        for (const value of type.getValues()) {
          if (!value.description) continue;
          compared++;
          if (served.getValue(value.name)?.description !== value.description) differing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(30);
  });
});
