import { registerEnumType } from '@nestjs/graphql';
import { AsnType, InstitutionKind, OrgUnitKind, Role } from '@tunas/shared/contracts';

registerEnumType(Role, { name: 'Role', description: 'What a person may do; one person may hold several roles' });
registerEnumType(AsnType, { name: 'AsnType', description: 'PNS, CPNS or PPPK' });
registerEnumType(OrgUnitKind, { name: 'OrgUnitKind' });
registerEnumType(InstitutionKind, { name: 'InstitutionKind' });
