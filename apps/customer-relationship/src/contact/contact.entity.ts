import type { BuyingRole, SocialStyle } from '@salesgraph/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, VersionColumn } from 'typeorm';
import { CustomerEntity } from '../customer/customer.entity';

/** A person at a customer, with their part in buying. */
@Entity('contact')
@Index('IDX_contact_customer', ['customerId'])
export class ContactEntity {
  @PrimaryColumn('varchar', { name: 'id', length: 36 })
  id!: string;

  @Column('varchar', { name: 'customer_id', length: 36 })
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_contact_customer' })
  customer?: CustomerEntity;

  @Column('varchar', { name: 'name', length: 200 })
  name!: string;

  @Column('varchar', { name: 'title', length: 200, nullable: true })
  title!: string | null;

  @Column('varchar', { name: 'phone', length: 50, nullable: true })
  phone!: string | null;

  @Column('varchar', { name: 'email', length: 200, nullable: true })
  email!: string | null;

  @Column('varchar', { name: 'social_style', length: 16, nullable: true })
  socialStyle!: SocialStyle | null;

  /** Influence on the purchase decision, 0–100 %. */
  @Column('integer', { name: 'influence_percent', nullable: true })
  influencePercent!: number | null;

  /** When the contact was deactivated: kept for history, hidden from default lists, not chosen for new visits. */
  @Column('datetime', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @Column('varchar', { name: 'deactivated_by', length: 64, nullable: true })
  deactivatedBy!: string | null;

  @Column('varchar', { name: 'deactivated_reason', length: 500, nullable: true })
  deactivatedReason!: string | null;

  @OneToMany(() => ContactRoleEntity, (role) => role.contact)
  roles?: ContactRoleEntity[];

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** One buying-centre role of a contact: a contact may hold several. */
@Entity('contact_role')
export class ContactRoleEntity {
  @PrimaryColumn('varchar', { name: 'contact_id', length: 36 })
  contactId!: string;

  @PrimaryColumn('varchar', { name: 'role', length: 16 })
  role!: BuyingRole;

  @ManyToOne(() => ContactEntity, (contact) => contact.roles, { onDelete: 'CASCADE', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_contact_role_contact' })
  contact?: ContactEntity;
}
