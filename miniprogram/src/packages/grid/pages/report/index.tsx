import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorState, Loading, Page } from '../../../../components/page';
import { RegisterCaseForm } from '../../../../components/register-case-form';
import { roleScope, useMe } from '../../../../hooks/use-me';

/** 网格上报 (矛排通): a grid officer reports a dispute from the spot — parties, place, position and photos — to the grid's committee. */
export default function GridReport() {
  const { me, checked } = useMe();
  const grid = roleScope(me, 'GRID_OFFICER');
  if (!checked) return <Loading />;
  if (!grid) return <ErrorState message='只有网格员可以上报网格纠纷' />;
  return (
    <Page>
      <View className='banner banner--info'>
        <Text>
          {grid.gridUnit ? `${grid.gridUnit.name}：` : ''}上报后由调委会受理，您可以在“我的上报”里看到办理进度。
        </Text>
      </View>
      <RegisterCaseForm
        channels={['GRID_REPORT']}
        committeeId={grid.gridUnit?.committeeId ?? null}
        defaultRegionCode={grid.gridUnit?.regionCode ?? null}
        submitLabel='上报'
        onRegistered={() => void Taro.redirectTo({ url: '/packages/grid/pages/reports/index' })}
      />
    </Page>
  );
}
