"""mailbox_state: since when a mailbox has been failing and how many polls in a row

`error_since` is the first failed poll of the current run of failures, `error_count`
how many polls in a row failed; both are cleared by a poll that succeeds.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 20:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mailbox_state') as batch:
        batch.add_column(sa.Column('error_since', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('error_count', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('mailbox_state') as batch:
        batch.drop_column('error_count')
        batch.drop_column('error_since')
